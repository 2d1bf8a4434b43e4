#pragma once

// A UiFixture whose fake server also serves the back office (BackOfficeRoutes), with a
// manager logged in and the clock pinned to Wednesday 25 November 2026, 10:00 UTC.

#include "BackOfficeRoutes.h"
#include "Clock.h"
#include "UiFixture.h"
#include "backoffice/BackOfficeClient.h"

#include <QTimeZone>

struct BackOfficeFixture
{
    explicit BackOfficeFixture(int orders = 250)
    {
        Clock::setCurrentDateTimeUtcImpl([] { return now(); });
        routes.makeOrders(orders, now().addSecs(-5 * 60));
        routes.makeUnmatched(now());
        f.server->users =
            QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("2")},
                                   {QStringLiteral("name"), QStringLiteral("Awa Ouédraogo")}},
                       QJsonObject{{QStringLiteral("id"), QStringLiteral("3")},
                                   {QStringLiteral("name"), QStringLiteral("Issa Sawadogo")}},
                       QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                                   {QStringLiteral("name"), QStringLiteral("Mariam Kaboré")},
                                   {QStringLiteral("role"), QStringLiteral("manager")}}};
        const quint16 port = f.server->port();
        f.server->stop();
        routes.install(*f.server);
        if (!f.server->start(port))
            qFatal("fake server did not restart");
        Cashier manager;
        manager.id = QStringLiteral("1");
        manager.name = QStringLiteral("Mariam Kaboré");
        manager.role = Cashier::Role::Manager;
        f.terminal->setCashier(manager);
    }
    ~BackOfficeFixture() { Clock::setCurrentDateTimeUtcImpl({}); }

    static QDateTime now()
    {
        return QDateTime(QDate(2026, 11, 25), QTime(10, 0), QTimeZone::utc());
    }
    static QDate today() { return now().toLocalTime().date(); }

    // The first demo order that satisfies the predicate.
    QString orderWhere(const std::function<bool(const QJsonObject &)> &predicate) const
    {
        for (const QJsonObject &order : routes.orders) {
            if (predicate(order))
                return order.value(QStringLiteral("id")).toString();
        }
        qFatal("no such demo order");
        return {};
    }

    UiFixture f;
    BackOfficeRoutes routes;
    BackOfficeClient client{&f.terminal->client()};
};
