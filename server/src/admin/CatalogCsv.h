#pragma once

// The catalog as a spreadsheet file: reads the CSV a manager saves from Excel or LibreOffice
// (UTF-8 with or without a byte order mark, ',' or ';' separated, RFC 4180 quotes, CRLF or LF)
// into records that remember the line they start on, and writes the export in the same columns
// so that it reads back unchanged.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class CatalogCsv
{
public:
    struct Record
    {
        int line = 0; // 1-based line of the file where the record starts
        QStringList fields;
    };

    struct Document
    {
        QChar separator = u',';
        QList<Record> records; // the header included; blank lines skipped
        // Empty when the text was read; else why not (an unclosed quote, with its line).
        QString error;
    };

    static Document parse(const QString &text);
    // UTF-8 bytes of a file Excel opens correctly: a byte order mark, CRLF line ends, fields
    // quoted when they hold the separator, a quote or a line break.
    static QByteArray write(const QList<QStringList> &rows);
    // One field as write() puts it on a line.
    static QString quoted(const QString &field);
};
