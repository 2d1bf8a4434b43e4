#pragma once

// The bytes of the history export (docs/manager-api.md): RFC 4180 fields, CRLF rows, a UTF-8 byte
// order mark so that Excel reads accents, times as "YYYY-MM-DD HH:MM:SS" in the shop's offset.
// Appends straight into one growing buffer: an export of 100 000 rows never exists as row objects.

#include <QByteArray>
#include <QStringView>

class HistoryCsv
{
public:
    // BOM + header row.
    static QByteArray start();
    // A field, quoted only when it holds a comma, a quote, CR or LF (quotes doubled).
    static void appendField(QByteArray &out, QStringView text);
    static void appendField(QByteArray &out, QByteArrayView utf8);
    static void appendNumber(QByteArray &out, qint64 value);
    // msSinceEpoch shifted by tzMinutes, as "YYYY-MM-DD HH:MM:SS".
    static void appendTime(QByteArray &out, qint64 msSinceEpoch, int tzMinutes);
    // Between fields and at the end of a row.
    static void separate(QByteArray &out) { out.append(','); }
    static void endRow(QByteArray &out) { out.append("\r\n"); }
};
