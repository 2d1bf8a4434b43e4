#pragma once

// How a customer pays for an order. Stored and sent as readable strings ("cash", "ligdicash").

#include <QString>
#include <QStringView>

#include <optional>

enum class PaymentMethod { Cash, LigdiCash };

QString paymentMethodToString(PaymentMethod method);
// Exact, lower-case spelling only: a wire format has one spelling.
std::optional<PaymentMethod> paymentMethodFromString(QStringView text);
// Translated name for people ("Espèces", "LigdiCash").
QString paymentMethodDisplayName(PaymentMethod method);
