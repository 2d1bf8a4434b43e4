#include "Money.h"

#include <QtNumeric>

using namespace Qt::StringLiterals;

namespace {

constexpr char16_t kFrenchGroupSeparator = u'\u00A0'; // no-break space: "15 000" never splits
constexpr char16_t kEnglishGroupSeparator = u',';

bool isFrench(const QLocale &locale)
{
    return locale.language() == QLocale::French;
}

QString groupDigits(qint64 value, QChar separator)
{
    // Work on the unsigned magnitude so that the minimum qint64 formats correctly.
    const bool negative = value < 0;
    quint64 magnitude = negative ? quint64(0) - quint64(value) : quint64(value);
    QString digits = QString::number(magnitude);
    QString grouped;
    grouped.reserve(digits.size() + digits.size() / 3 + 1);
    const qsizetype lead = digits.size() % 3;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i != 0 && (i - lead) % 3 == 0)
            grouped.append(separator);
        grouped.append(digits.at(i));
    }
    return negative ? u'-' + grouped : grouped;
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\u00A0' || c == u'\u202F' || c == u'\u2009' || c == u'\t';
}

QStringView stripCurrency(QStringView text)
{
    static const QString markers[] = {u"FCFA"_s, u"F CFA"_s, u"XOF"_s, u"CFA"_s, u"F"_s};
    text = text.trimmed();
    for (const QString &marker : markers) {
        if (text.endsWith(marker, Qt::CaseInsensitive)) {
            text.chop(marker.size());
            return text.trimmed();
        }
        if (text.startsWith(marker, Qt::CaseInsensitive)) {
            text = text.mid(marker.size());
            return text.trimmed();
        }
    }
    return text;
}

} // namespace

std::optional<Money> Money::plus(Money other) const
{
    qint64 result = 0;
    if (qAddOverflow(m_francs, other.m_francs, &result))
        return std::nullopt;
    return Money(result);
}

std::optional<Money> Money::minus(Money other) const
{
    qint64 result = 0;
    if (qSubOverflow(m_francs, other.m_francs, &result))
        return std::nullopt;
    return Money(result);
}

std::optional<Money> Money::times(qint64 factor) const
{
    qint64 result = 0;
    if (qMulOverflow(m_francs, factor, &result))
        return std::nullopt;
    return Money(result);
}

std::optional<Money> Money::negated() const
{
    return Money().minus(*this);
}

QString Money::toDigits(const QLocale &locale) const
{
    return groupDigits(m_francs, isFrench(locale) ? kFrenchGroupSeparator : kEnglishGroupSeparator);
}

QString Money::toString(const QLocale &locale) const
{
    if (isFrench(locale))
        return toDigits(locale) + u"\u00A0FCFA";
    return u"XOF\u00A0" + toDigits(locale);
}

std::optional<Money> Money::parse(QStringView text)
{
    text = stripCurrency(text);
    if (text.isEmpty())
        return std::nullopt;

    bool negative = false;
    if (text.front() == u'-' || text.front() == u'\u2212') {
        negative = true;
        text = text.mid(1).trimmed();
    }
    if (text.isEmpty() || !text.front().isDigit())
        return std::nullopt;

    // Split into digit groups on spaces, dots or commas; all groups after the first have 3 digits.
    // One kind of separator only, so "1.000,50" (a decimal) is refused rather than misread.
    QChar separatorKind;
    quint64 magnitude = 0;
    qsizetype groupLength = 0;
    bool sawSeparator = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            const quint64 digit = quint64(c.unicode() - u'0');
            if (magnitude > (std::numeric_limits<quint64>::max() - digit) / 10)
                return std::nullopt;
            magnitude = magnitude * 10 + digit;
            ++groupLength;
            continue;
        }
        const QChar kind = isSpace(c) ? QChar(u' ') : c;
        if (kind != u' ' && kind != u'.' && kind != u',')
            return std::nullopt;
        if (!separatorKind.isNull() && separatorKind != kind)
            return std::nullopt;
        if (groupLength == 0 || (sawSeparator && groupLength != 3) || groupLength > 3)
            return std::nullopt;
        separatorKind = kind;
        sawSeparator = true;
        groupLength = 0;
    }
    if (sawSeparator && groupLength != 3)
        return std::nullopt;

    const quint64 limit = negative ? quint64(std::numeric_limits<qint64>::max()) + 1
                                   : quint64(std::numeric_limits<qint64>::max());
    if (magnitude > limit)
        return std::nullopt;
    if (negative)
        return Money(qint64(quint64(0) - magnitude));
    return Money(qint64(magnitude));
}
