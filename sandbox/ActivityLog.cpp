#include "ActivityLog.h"

#include "InvoiceTokenCodec.h"

using namespace Qt::StringLiterals;

ActivityLog::ActivityLog(qsizetype capacity, qsizetype bodyLimit)
    : m_ring(static_cast<size_t>(std::max<qsizetype>(capacity, 1)))
    , m_bodyLimit(bodyLimit)
{}

void ActivityLog::append(Entry entry)
{
    entry.requestBody.truncate(m_bodyLimit);
    entry.responseBody.truncate(m_bodyLimit);
    m_ring[m_next] = std::move(entry);
    m_next = (m_next + 1) % m_ring.size();
    m_count = std::min(m_count + 1, m_ring.size());
    ++m_total;
}

void ActivityLog::clear()
{
    std::fill(m_ring.begin(), m_ring.end(), Entry{});
    m_next = 0;
    m_count = 0;
}

std::vector<ActivityLog::Entry> ActivityLog::entries() const
{
    std::vector<Entry> out;
    out.reserve(m_count);
    const size_t first = (m_next + m_ring.size() - m_count) % m_ring.size();
    for (size_t i = 0; i < m_count; ++i)
        out.push_back(m_ring[(first + i) % m_ring.size()]);
    return out;
}

QJsonArray ActivityLog::toJson(qsizetype limit, quint32 invoiceId) const
{
    QJsonArray out;
    const std::vector<Entry> all = entries();
    qsizetype taken = 0;
    std::vector<const Entry *> picked;
    for (auto it = all.rbegin(); it != all.rend() && taken < limit; ++it) {
        if (invoiceId != 0 && it->invoiceId != invoiceId)
            continue;
        picked.push_back(&*it);
        ++taken;
    }
    for (auto it = picked.rbegin(); it != picked.rend(); ++it) {
        const Entry &entry = **it;
        out.append(QJsonObject{
            {"at"_L1, InvoiceTokenCodec::customDataDate(entry.atMs)},
            {"method"_L1, QString::fromLatin1(entry.method)},
            {"target"_L1, entry.target},
            {"status"_L1, entry.status},
            {"note"_L1, entry.note},
            {"requestBody"_L1, QString::fromUtf8(entry.requestBody)},
            {"responseBody"_L1, QString::fromUtf8(entry.responseBody)},
            {"invoiceId"_L1, static_cast<qint64>(entry.invoiceId)},
        });
    }
    return out;
}
