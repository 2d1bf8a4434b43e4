#include "InvoiceStore.h"

Invoice &InvoiceStore::add(Invoice invoice)
{
    invoice.id = m_nextId++;
    m_invoices.push_back(std::move(invoice));
    return m_invoices.back();
}

Invoice *InvoiceStore::find(quint32 id)
{
    if (id < m_firstId || id >= m_nextId)
        return nullptr;
    return &m_invoices[id - m_firstId];
}

void InvoiceStore::clear()
{
    m_invoices = {};
    m_scenarios.clear();
    m_firstId = m_nextId;
}

Scenario *InvoiceStore::scenarioFor(quint32 id)
{
    const auto it = m_scenarios.find(id);
    return it == m_scenarios.end() ? nullptr : &it.value();
}
