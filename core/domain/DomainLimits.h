#pragma once

// The limits every part of Comptoir agrees on, so that a cart the terminal accepts is an order the
// server accepts. Amounts stop at 2^53 - 1 francs because JSON numbers are doubles: beyond that a
// franc could silently change on the wire.

#include <QString>
#include <QtGlobal>

namespace DomainLimits {

inline constexpr qint64 kMaxAmountFrancs = (qint64(1) << 53) - 1;
inline constexpr int kMaxLines = 200;
inline constexpr int kMinQuantity = 1;
inline constexpr int kMaxQuantity = 9999;
// Names, SKUs, ids: generous for any real catalog, small enough to bound a request.
inline constexpr qsizetype kMaxTextLength = 200;
inline constexpr QLatin1StringView kCurrency("XOF");

} // namespace DomainLimits
