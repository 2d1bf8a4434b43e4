#include "StartPaymentRequest.h"

#include "JsonReader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

bool isDigits(QStringView text, qsizetype minLength, qsizetype maxLength)
{
    if (text.size() < minLength || text.size() > maxLength)
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

QString StartPaymentRequest::flowToString(Flow flow)
{
    return flow == Flow::Direct ? u"direct"_s : u"hosted"_s;
}

std::optional<StartPaymentRequest::Flow> StartPaymentRequest::flowFromString(QStringView text)
{
    if (text == u"hosted")
        return Flow::Hosted;
    if (text == u"direct")
        return Flow::Direct;
    return std::nullopt;
}

QJsonObject StartPaymentRequest::toJson() const
{
    QJsonObject json{{u"flow"_s, flowToString(flow)}};
    if (!customerNumber.isEmpty())
        json.insert(u"customer_number"_s, customerNumber);
    if (!otp.isEmpty())
        json.insert(u"otp"_s, otp);
    return json;
}

Result<StartPaymentRequest> StartPaymentRequest::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    StartPaymentRequest request;
    request.flow = reader.enumeration(u"flow", &flowFromString, Flow::Hosted, u"hosted, direct"_s);
    request.customerNumber = reader.optionalString(u"customer_number", 32);
    request.otp = reader.optionalString(u"otp", 32);
    if (!reader.ok())
        return reader.error();

    if (request.flow == Flow::Direct) {
        // The payer's number with its country code (226 for Burkina Faso): 8 to 15 digits.
        if (request.customerNumber.isEmpty())
            return ParseError{u"customer_number"_s,
                              QCoreApplication::translate("StartPaymentRequest",
                                                          "is required for a direct payment")};
        if (!isDigits(request.customerNumber, 8, 15))
            return ParseError{
                u"customer_number"_s,
                QCoreApplication::translate("StartPaymentRequest",
                                            "must be 8 to 15 digits, country code included")};
        if (!request.otp.isEmpty() && !isDigits(request.otp, 4, 8))
            return ParseError{u"otp"_s, QCoreApplication::translate("StartPaymentRequest",
                                                                    "must be 4 to 8 digits")};
    } else if (!request.customerNumber.isEmpty() || !request.otp.isEmpty()) {
        // On the hosted page the customer types their number themselves; sending one here
        // means the terminal and server disagree about the flow.
        return ParseError{
            request.customerNumber.isEmpty() ? u"otp"_s : u"customer_number"_s,
            QCoreApplication::translate("StartPaymentRequest", "only applies to a direct payment")};
    }
    return request;
}
