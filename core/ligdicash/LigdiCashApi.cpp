#include "ligdicash/LigdiCashApi.h"

using namespace Qt::StringLiterals;

namespace LigdiCashApi {

namespace {

// Joins base and an absolute path without doubling or dropping the slash between them.
QUrl withPath(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = base.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

} // namespace

const Operator *findOperator(QStringView operatorId)
{
    if (operatorId.isEmpty())
        return nullptr;
    for (const Operator &candidate : burkinaOperators) {
        if (candidate.id == operatorId)
            return &candidate;
    }
    return nullptr;
}

QLatin1StringView createPath(PayinMode mode)
{
    return mode == PayinMode::Hosted ? hostedCreatePath : directCreatePath;
}

QLatin1StringView wikiUrl(Endpoint endpoint)
{
    // Callbacks carry the confirmInvoice wiki, as their documented example shows.
    return endpoint == Endpoint::CreateInvoice ? wikiCreateInvoice : wikiConfirmInvoice;
}

QUrl createUrl(const QUrl &base, PayinMode mode)
{
    return withPath(base, createPath(mode));
}

QUrl confirmUrl(const QUrl &base, const QString &token)
{
    QUrl url = withPath(base, confirmPath);
    // Encoded by hand: QUrlQuery would leave '+' alone, which a server reads as a space.
    url.setQuery(confirmTokenQuery + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(token)));
    return url;
}

QUrl paymentPageUrl(const QUrl &base, const QString &token)
{
    return withPath(base, paymentPagePath + token);
}

} // namespace LigdiCashApi
