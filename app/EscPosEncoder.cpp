#include "EscPosEncoder.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

// The part of code page 858 a French receipt needs (the rest of Latin-1 maps through the table
// below only where CP858 has the character).
const QHash<char16_t, char> &cp858()
{
    static const QHash<char16_t, char> table{
        {u'Ç', char(0x80)}, {u'ü', char(0x81)}, {u'é', char(0x82)}, {u'â', char(0x83)},
        {u'ä', char(0x84)}, {u'à', char(0x85)}, {u'ç', char(0x87)}, {u'ê', char(0x88)},
        {u'ë', char(0x89)}, {u'è', char(0x8A)}, {u'ï', char(0x8B)}, {u'î', char(0x8C)},
        {u'Ä', char(0x8E)}, {u'É', char(0x90)}, {u'ô', char(0x93)}, {u'ö', char(0x94)},
        {u'û', char(0x96)}, {u'ù', char(0x97)}, {u'Ö', char(0x99)}, {u'Ü', char(0x9A)},
        {u'£', char(0x9C)}, {u'×', char(0x9E)}, {u'á', char(0xA0)}, {u'í', char(0xA1)},
        {u'ó', char(0xA2)}, {u'ú', char(0xA3)}, {u'ñ', char(0xA4)}, {u'Ñ', char(0xA5)},
        {u'«', char(0xAE)}, {u'»', char(0xAF)}, {u'Á', char(0xB5)}, {u'Â', char(0xB6)},
        {u'À', char(0xB7)}, {u'Ê', char(0xD2)}, {u'Ë', char(0xD3)}, {u'È', char(0xD4)},
        {u'€', char(0xD5)}, {u'Í', char(0xD6)}, {u'Î', char(0xD7)}, {u'Ï', char(0xD8)},
        {u'Ô', char(0xE2)}, {u'Ù', char(0xEB)}, {u'Û', char(0xEA)}, {u'Ú', char(0xE9)},
        {u'\u00A0', ' '},   {u'\u202F', ' '},
    };
    return table;
}

QString fallback(QChar c)
{
    switch (c.unicode()) {
    case u'œ':
        return u"oe"_s;
    case u'Œ':
        return u"OE"_s;
    case u'’':
    case u'‘':
        return u"'"_s;
    case u'“':
    case u'”':
        return u"\""_s;
    case u'—':
    case u'–':
    case u'−':
        return u"-"_s;
    case u'…':
        return u"..."_s;
    }
    const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
    if (!decomposed.isEmpty() && decomposed.at(0).unicode() < 128)
        return decomposed.left(1);
    return u"?"_s;
}

} // namespace

QByteArray EscPosEncoder::toCp858(const QString &text)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            bytes.append(char(c.unicode()));
            continue;
        }
        const auto it = cp858().constFind(c.unicode());
        if (it != cp858().constEnd())
            bytes.append(*it);
        else
            bytes.append(fallback(c).toLatin1());
    }
    return bytes;
}

QByteArray EscPosEncoder::encode(const Receipt &receipt, Paper paper)
{
    QByteArray out;
    out.append("\x1B\x40", 2);     // ESC @: initialise
    out.append("\x1B\x74\x13", 3); // ESC t 19: code page PC858
    const QStringList lines = receipt.textLines(columns(paper));
    for (const QString &line : lines) {
        out.append(toCp858(line));
        out.append('\n');
    }
    out.append("\x1B\x64\x04", 3);     // ESC d 4: feed four lines
    out.append("\x1D\x56\x42\x00", 4); // GS V B 0: partial cut after feeding
    return out;
}
