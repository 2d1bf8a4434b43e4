#include "PaymentSettings.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

QUrl underPublicUrl(const QUrl &publicUrl, const QString &path)
{
    if (publicUrl.isEmpty())
        return {};
    QUrl url = publicUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

QUrl withOrder(QUrl url, const QString &orderId)
{
    if (url.isEmpty())
        return url;
    QUrlQuery query;
    query.addQueryItem(u"order"_s, orderId);
    url.setQuery(query);
    return url;
}

} // namespace

QUrl PaymentSettings::callbackUrl() const
{
    const QUrl base = !publicUrl.isEmpty() ? publicUrl : localBaseUrl ? localBaseUrl() : QUrl();
    return underPublicUrl(base, u"/api/v1/ligdicash/callback"_s);
}

QUrl PaymentSettings::returnUrl(const QString &orderId) const
{
    return withOrder(underPublicUrl(publicUrl, u"/pay/return"_s), orderId);
}

QUrl PaymentSettings::cancelUrl(const QString &orderId) const
{
    return withOrder(underPublicUrl(publicUrl, u"/pay/cancel"_s), orderId);
}
