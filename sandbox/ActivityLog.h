#pragma once

// A bounded ring buffer of what happened (merchant requests, callbacks posted), for the control
// API. Old entries are overwritten so that a long load test keeps a fixed memory footprint;
// bodies are cut to a few kilobytes.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <vector>

class ActivityLog
{
public:
    struct Entry
    {
        qint64 atMs = 0;
        QByteArray method; // "POST"; for callbacks the content type posted
        QString target;    // path (requests) or URL (callbacks)
        int status = 0;    // HTTP status; 0 = no answer (dropped, held, network error)
        QString note;      // outcome: sub-code, fault, network error
        QByteArray requestBody;
        QByteArray responseBody;
        quint32 invoiceId = 0;
    };

    explicit ActivityLog(qsizetype capacity, qsizetype bodyLimit = 4096);

    void append(Entry entry);
    void clear();
    qsizetype size() const { return static_cast<qsizetype>(m_count); }
    qint64 total() const { return m_total; }
    // The newest `limit` entries, oldest first, filtered by invoice when invoiceId != 0.
    QJsonArray toJson(qsizetype limit, quint32 invoiceId = 0) const;
    std::vector<Entry> entries() const; // oldest first

private:
    std::vector<Entry> m_ring;
    size_t m_next = 0;
    size_t m_count = 0;
    qint64 m_total = 0;
    qsizetype m_bodyLimit;
};
