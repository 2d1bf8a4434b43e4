#include "HistoryEvent.h"

#include "HistoryOrder.h"
#include "domain/OrderStatus.h"
#include "domain/PaymentMethod.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QCoreApplication::translate("HistoryEvent", "yes")
                              : QCoreApplication::translate("HistoryEvent", "no");
    case QJsonValue::Double:
        return QString::number(value.toInteger());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return u"—"_s;
    default:
        return QString();
    }
}

QString amountText(const QJsonValue &value)
{
    const auto money = HistoryOrder::moneyFromJson(value);
    return money ? money->toString() : valueText(value);
}

// LigdiCash's status words (confirm and callbacks) in the manager's language; an unknown one as
// LigdiCash wrote it.
QString ligdiCashStatusText(const QString &raw)
{
    const QString word = raw.trimmed().toLower();
    if (word == "completed"_L1)
        return QCoreApplication::translate("HistoryEvent", "completed");
    if (word == "pending"_L1)
        return QCoreApplication::translate("HistoryEvent", "pending");
    if (word == "nocompleted"_L1 || word == "notcompleted"_L1)
        return QCoreApplication::translate("HistoryEvent", "not completed");
    if (word == "error"_L1)
        return QCoreApplication::translate("HistoryEvent", "error");
    return raw;
}

} // namespace

HistoryEvent HistoryEvent::fromJson(const QJsonObject &object)
{
    HistoryEvent event;
    event.at = HistoryOrder::timeFromJson(object.value(u"at"_s));
    event.kind = object.value(u"kind"_s).toString();
    event.detail = object.value(u"detail"_s).toObject();
    return event;
}

QString HistoryEvent::kindText() const
{
    struct Name
    {
        QLatin1StringView kind;
        const char *text;
    };
    static const Name names[] = {
        {"created"_L1, QT_TRANSLATE_NOOP("HistoryEvent", "Order created")},
        {"invoice_requested"_L1, QT_TRANSLATE_NOOP("HistoryEvent", "LigdiCash invoice requested")},
        {"invoice_created"_L1, QT_TRANSLATE_NOOP("HistoryEvent", "LigdiCash invoice created")},
        {"invoice_failed"_L1, QT_TRANSLATE_NOOP("HistoryEvent", "LigdiCash invoice refused")},
        {"callback"_L1, QT_TRANSLATE_NOOP("HistoryEvent", "LigdiCash callback")},
        {"confirm"_L1, QT_TRANSLATE_NOOP("HistoryEvent", "LigdiCash confirm")},
        {"paid"_L1, QT_TRANSLATE_NOOP("HistoryEvent", "Paid")},
        {"failed"_L1, QT_TRANSLATE_NOOP("HistoryEvent", "Payment failed")},
        {"cancelled"_L1, QT_TRANSLATE_NOOP("HistoryEvent", "Cancelled")},
        {"expired"_L1, QT_TRANSLATE_NOOP("HistoryEvent", "Expired")},
        {"mismatch"_L1, QT_TRANSLATE_NOOP("HistoryEvent", "Amount mismatch")},
        {"paid_late"_L1, QT_TRANSLATE_NOOP("HistoryEvent", "Paid late")},
        {"reviewed"_L1, QT_TRANSLATE_NOOP("HistoryEvent", "Reviewed by a manager")},
        {"reverified"_L1, QT_TRANSLATE_NOOP("HistoryEvent", "Re-verified by a manager")},
    };
    for (const Name &name : names) {
        if (kind == name.kind)
            return QCoreApplication::translate("HistoryEvent", name.text);
    }
    return kind;
}

QString HistoryEvent::detailText() const
{
    QStringList parts;
    QJsonObject rest = detail;
    auto take = [&rest](QLatin1StringView key) {
        const QJsonValue value = rest.value(key);
        rest.remove(key);
        return value;
    };

    if (kind == "callback"_L1) {
        const QString encoding = take("encoding"_L1).toString();
        if (encoding == "json"_L1)
            parts.append(QCoreApplication::translate("HistoryEvent", "sent as JSON"));
        else if (encoding == "form"_L1)
            parts.append(QCoreApplication::translate("HistoryEvent", "sent as a form"));
        else if (!encoding.isEmpty())
            parts.append(QCoreApplication::translate("HistoryEvent", "sent as %1").arg(encoding));
        const QJsonValue duplicate = take("duplicate"_L1);
        if (duplicate.isBool())
            parts.append(duplicate.toBool()
                             ? QCoreApplication::translate("HistoryEvent", "duplicate, ignored")
                             : QCoreApplication::translate("HistoryEvent", "first delivery"));
    }
    if (kind == "reverified"_L1) {
        const QJsonValue asked = take("asked_ligdicash"_L1);
        if (asked.isBool())
            parts.append(asked.toBool()
                             ? QCoreApplication::translate("HistoryEvent", "LigdiCash asked")
                             : QCoreApplication::translate(
                                   "HistoryEvent", "LigdiCash not asked (status is final)"));
        const auto before = orderStatusFromString(take("status_before"_L1).toString());
        const auto after = orderStatusFromString(take("status_after"_L1).toString());
        if (before && after)
            parts.append(*before == *after ? QCoreApplication::translate("HistoryEvent", "still %1")
                                                 .arg(orderStatusDisplayName(*after))
                                           : QCoreApplication::translate("HistoryEvent", "%1 → %2")
                                                 .arg(orderStatusDisplayName(*before),
                                                      orderStatusDisplayName(*after)));
        const QJsonValue confirm = take("confirm_status"_L1);
        if (confirm.isString())
            parts.append(QCoreApplication::translate("HistoryEvent", "LigdiCash status: %1")
                             .arg(ligdiCashStatusText(confirm.toString())));
    }
    if (kind == "confirm"_L1 || kind == "callback"_L1 || kind == "reverified"_L1) {
        const QJsonValue status = take("status"_L1);
        if (status.isString())
            parts.append(QCoreApplication::translate("HistoryEvent", "LigdiCash status: %1")
                             .arg(ligdiCashStatusText(status.toString())));
    }
    // LigdiCash's response code, whatever the call (invoice, confirm).
    const QJsonValue code = take("response_code"_L1);
    if (!code.isUndefined() && !code.isNull())
        parts.append(
            QCoreApplication::translate("HistoryEvent", "response code %1").arg(valueText(code)));
    // Amounts read as money whatever the event.
    for (const QLatin1StringView key : {"amount"_L1, "expected"_L1, "expected_amount"_L1,
                                        "received"_L1, "received_amount"_L1, "total"_L1}) {
        const QJsonValue value = take(key);
        if (value.isUndefined())
            continue;
        if (key.startsWith("expected"_L1))
            parts.append(
                QCoreApplication::translate("HistoryEvent", "expected %1").arg(amountText(value)));
        else if (key.startsWith("received"_L1))
            parts.append(
                QCoreApplication::translate("HistoryEvent", "received %1").arg(amountText(value)));
        else
            parts.append(amountText(value));
    }
    // What the payments module records besides the documented keys (seen against the real
    // server, e2e_tst_backoffice): said in words, not as raw keys.
    const QJsonValue claimedAmount = take("claimed_amount"_L1);
    if (!claimedAmount.isUndefined() && !claimedAmount.isNull())
        parts.append(QCoreApplication::translate("HistoryEvent", "claimed %1")
                         .arg(amountText(claimedAmount)));
    const QJsonValue claimedStatus = take("claimed_status"_L1);
    if (claimedStatus.isString())
        parts.append(QCoreApplication::translate("HistoryEvent", "claimed status: %1")
                         .arg(ligdiCashStatusText(claimedStatus.toString())));
    const QJsonValue operatorName = take("operator"_L1);
    if (operatorName.isString() && !operatorName.toString().isEmpty())
        parts.append(QCoreApplication::translate("HistoryEvent", "operator: %1")
                         .arg(operatorName.toString()));
    const QJsonValue reference = take("reference"_L1);
    if (reference.isString() && !reference.toString().isEmpty())
        parts.append(QCoreApplication::translate("HistoryEvent", "LigdiCash reference: %1")
                         .arg(reference.toString()));
    const QJsonValue method = take("method"_L1);
    if (const auto payment = paymentMethodFromString(method.toString()))
        parts.append(paymentMethodDisplayName(*payment));
    const QJsonValue invoiceKind = take("kind"_L1);
    if (invoiceKind.toString() == "hosted"_L1)
        parts.append(QCoreApplication::translate("HistoryEvent", "LigdiCash payment page"));
    else if (invoiceKind.toString() == "direct"_L1)
        parts.append(QCoreApplication::translate("HistoryEvent", "direct payin"));
    const QJsonValue source = take("source"_L1);
    if (source.toString() == "callback"_L1)
        parts.append(QCoreApplication::translate("HistoryEvent", "after a callback"));
    else if (source.toString() == "status"_L1 || source.toString() == "sweeper"_L1)
        parts.append(QCoreApplication::translate("HistoryEvent", "status check"));
    else if (source.toString() == "terminal"_L1)
        parts.append(QCoreApplication::translate("HistoryEvent", "from the till"));
    else if (source.isString())
        parts.append(
            QCoreApplication::translate("HistoryEvent", "source: %1").arg(source.toString()));
    const QJsonValue afterMs = take("after_ms"_L1);
    if (afterMs.isDouble())
        parts.append(QCoreApplication::translate("HistoryEvent", "after %1 s")
                         .arg(QString::number(afterMs.toInteger() / 1000)));
    // Said elsewhere: the currency with the amount, the kind (paid late), the names of the
    // terminal and cashier in the order itself, the payment link (it carries the invoice token)
    // in the payment section; journal ids mean nothing to a manager.
    for (const QLatin1StringView key : {"currency"_L1, "late"_L1, "cashier_id"_L1, "terminal_id"_L1,
                                        "payment_url"_L1, "journal_id"_L1})
        take(key);
    take("by_id"_L1); // the name says it to a person
    const QJsonValue by = take("by_name"_L1);
    if (by.isString())
        parts.append(QCoreApplication::translate("HistoryEvent", "by %1").arg(by.toString()));
    const QJsonValue note = take("note"_L1);
    if (note.isString() && !note.toString().isEmpty())
        parts.append(QCoreApplication::translate("HistoryEvent", "“%1”", "a manager's note, quoted")
                         .arg(note.toString()));
    // Whatever else the server recorded, as it said it: better raw than hidden.
    for (auto it = rest.constBegin(); it != rest.constEnd(); ++it) {
        const QString text = valueText(it.value());
        if (!text.isEmpty())
            parts.append(it.key() + u": "_s + text);
    }
    return parts.join(u" · "_s);
}

bool HistoryEvent::isWarning() const
{
    return kind == "mismatch"_L1 || kind == "paid_late"_L1 || kind == "failed"_L1 ||
           (kind == "callback"_L1 && detail.value(u"duplicate"_s).toBool());
}
