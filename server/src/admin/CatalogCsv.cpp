#include "CatalogCsv.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

// The separator is the one of ',' and ';' the header line uses more (outside quotes): French
// spreadsheets write ';' because ',' is their decimal mark.
QChar guessSeparator(const QString &text)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
    }
    return semicolons > commas ? u';' : u',';
}

bool isBlank(const QStringList &fields)
{
    for (const QString &field : fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

CatalogCsv::Document CatalogCsv::parse(const QString &input)
{
    Document document;
    const QString text = input.startsWith(QChar(0xFEFF)) ? input.mid(1) : input;
    document.separator = guessSeparator(text);

    int line = 1;
    Record record;
    record.line = 1;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int quoteLine = 0;
    auto endField = [&] {
        record.fields.append(field);
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        if (!isBlank(record.fields))
            document.records.append(record);
        record = Record{};
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                // A CRLF inside a quoted field is one line break.
                if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                    continue;
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.trimmed().isEmpty() && !fieldWasQuoted) {
            field.clear();
            inQuotes = true;
            fieldWasQuoted = true;
            quoteLine = line;
        } else if (c == document.separator) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            record.line = line;
        } else {
            field += c;
        }
    }
    if (inQuotes) {
        document.error =
            QCoreApplication::translate("CatalogCsv", "line %1: a quoted field is never closed")
                .arg(quoteLine);
        return document;
    }
    if (!field.isEmpty() || !record.fields.isEmpty())
        endRecord();
    return document;
}

QString CatalogCsv::quoted(const QString &field)
{
    const bool needsQuotes = field.contains(u',') || field.contains(u';') || field.contains(u'"') ||
                             field.contains(u'\n') || field.contains(u'\r') ||
                             field != field.trimmed();
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

QByteArray CatalogCsv::write(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QString &field : row)
            fields.append(quoted(field));
        text += fields.join(u',') + u"\r\n"_s;
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}
