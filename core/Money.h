#pragma once

// An amount of XOF (franc CFA) as a whole number of francs: XOF has no minor unit, so every
// amount a shop handles is an integer. Arithmetic is checked: an overflow is an error, never a wrap.

#include <QLocale>
#include <QString>
#include <QtGlobal>

#include <compare>
#include <optional>

class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromFrancs(qint64 francs) { return Money(francs); }

    constexpr qint64 francs() const { return m_francs; }
    constexpr bool isZero() const { return m_francs == 0; }
    constexpr bool isNegative() const { return m_francs < 0; }

    // Checked arithmetic: std::nullopt when the result does not fit in 64 bits.
    std::optional<Money> plus(Money other) const;
    std::optional<Money> minus(Money other) const;
    std::optional<Money> times(qint64 factor) const;
    std::optional<Money> negated() const;

    // "15 000 FCFA" in French, "XOF 15,000" in English (and in any other language).
    QString toString(const QLocale &locale = QLocale()) const;
    // Digits with the locale's grouping and no currency, e.g. "15 000" / "15,000".
    QString toDigits(const QLocale &locale = QLocale()) const;

    // Parses what a cashier types: "15000", "15 000", "15.000", "15,000", "-500",
    // optionally with "FCFA", "F CFA", "F" or "XOF" before or after. Groups must have three
    // digits; decimals are refused because XOF has none.
    static std::optional<Money> parse(QStringView text);

    friend constexpr bool operator==(Money a, Money b) = default;
    friend constexpr auto operator<=>(Money a, Money b) = default;

private:
    constexpr explicit Money(qint64 francs)
        : m_francs(francs)
    {
    }
    qint64 m_francs = 0;
};

Q_DECLARE_TYPEINFO(Money, Q_PRIMITIVE_TYPE);
