#include "ligdicash/ConfirmResponse.h"

#include "ligdicash/PayloadReader.h"

#include <QCoreApplication>

namespace {

constexpr qsizetype maxBodySize = 256 * 1024;

} // namespace

LigdiCashResult<ConfirmResponse> ConfirmResponse::parse(const QByteArray &body)
{
    const LigdiCashResult<QJsonObject> json =
        PayloadReader::parseObject(body, LigdiCashApi::Endpoint::ConfirmInvoice, maxBodySize);
    if (!json)
        return json.error();
    return fromJson(*json);
}

LigdiCashResult<ConfirmResponse> ConfirmResponse::fromJson(const QJsonObject &json)
{
    PayloadReader reader(json, LigdiCashApi::Endpoint::ConfirmInvoice);
    const QString responseCode = reader.string(u"response_code", 8);
    const QString responseText = reader.optionalString(u"response_text");
    if (!reader.ok())
        return reader.error();
    if (responseCode == LigdiCashApi::responseCodeError)
        return LigdiCashError::rejected(LigdiCashApi::Endpoint::ConfirmInvoice, responseText);
    if (responseCode != LigdiCashApi::responseCodeSuccess) {
        reader.fail(u"response_code",
                    QCoreApplication::translate("LigdiCash", "expected \"00\" or \"01\""));
        return reader.error();
    }
    LigdiCashResult<TransactionReport> report =
        TransactionReport::fromJson(json, LigdiCashApi::Endpoint::ConfirmInvoice);
    if (!report)
        return report.error();
    ConfirmResponse response;
    static_cast<TransactionReport &>(response) = std::move(report).value();
    return response;
}
