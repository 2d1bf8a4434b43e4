#include "ligdicash/CreateInvoiceResponse.h"

#include "ligdicash/PayloadReader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxBodySize = 64 * 1024;

} // namespace

LigdiCashResult<CreateInvoiceResponse> CreateInvoiceResponse::parse(const QByteArray &body,
                                                                    LigdiCashApi::PayinMode mode)
{
    const LigdiCashResult<QJsonObject> json =
        PayloadReader::parseObject(body, LigdiCashApi::Endpoint::CreateInvoice, maxBodySize);
    if (!json)
        return json.error();
    return fromJson(*json, mode);
}

LigdiCashResult<CreateInvoiceResponse> CreateInvoiceResponse::fromJson(const QJsonObject &json,
                                                                       LigdiCashApi::PayinMode mode)
{
    PayloadReader reader(json, LigdiCashApi::Endpoint::CreateInvoice);
    const QString responseCode = reader.string(u"response_code", 8);
    CreateInvoiceResponse response;
    response.responseText = reader.optionalString(u"response_text");
    response.description = reader.optionalString(u"description");
    response.wiki = reader.optionalString(u"wiki");
    if (!reader.ok())
        return reader.error();
    if (responseCode == LigdiCashApi::responseCodeError)
        return LigdiCashError::rejected(LigdiCashApi::Endpoint::CreateInvoice,
                                        response.responseText);
    if (responseCode != LigdiCashApi::responseCodeSuccess) {
        reader.fail(u"response_code",
                    QCoreApplication::translate("LigdiCash", "expected \"00\" or \"01\""));
        return reader.error();
    }

    response.token = reader.string(u"token");
    if (reader.ok() && response.token.trimmed().isEmpty())
        reader.fail(u"token", QCoreApplication::translate("LigdiCash", "must not be empty"));
    if (!reader.ok())
        return reader.error();

    // The current docs answer the payment page URL; an older guide answers a confirm URL. Both
    // are what the customer's browser must open. A direct payin normally answers a message.
    const QUrl url(response.responseText.trimmed(), QUrl::StrictMode);
    if (url.isValid() && !url.host().isEmpty() &&
        (url.scheme() == "https"_L1 || url.scheme() == "http"_L1)) {
        response.paymentUrl = url;
    } else if (mode == LigdiCashApi::PayinMode::Hosted) {
        reader.fail(u"response_text",
                    QCoreApplication::translate("LigdiCash", "expected the payment page URL"));
        return reader.error();
    }
    return response;
}

QJsonObject CreateInvoiceResponse::toJson() const
{
    return QJsonObject{
        {u"response_code"_s, QString(LigdiCashApi::responseCodeSuccess)},
        {u"token"_s, token},
        {u"response_text"_s,
         responseText.isEmpty() ? paymentUrl.toString(QUrl::FullyEncoded) : responseText},
        {u"description"_s, description},
        {u"wiki"_s, wiki.isEmpty() ? QString(LigdiCashApi::wikiCreateInvoice) : wiki},
    };
}
