#include "PaymentMethod.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString paymentMethodToString(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return u"cash"_s;
    case PaymentMethod::LigdiCash:
        return u"ligdicash"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<PaymentMethod> paymentMethodFromString(QStringView text)
{
    if (text == u"cash")
        return PaymentMethod::Cash;
    if (text == u"ligdicash")
        return PaymentMethod::LigdiCash;
    return std::nullopt;
}

QString paymentMethodDisplayName(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return QCoreApplication::translate("PaymentMethod", "Cash");
    case PaymentMethod::LigdiCash:
        return QCoreApplication::translate("PaymentMethod", "LigdiCash");
    }
    Q_UNREACHABLE();
    return {};
}
