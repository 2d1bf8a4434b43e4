#pragma once

// Every invoice of the run, by id, plus the few invoices that carry their own scenario. Ids keep
// growing across reset() so that a token from before a reset is "not found", never another
// invoice.

#include "Invoice.h"
#include "Scenario.h"

#include <QHash>

#include <deque>

class InvoiceStore
{
public:
    Invoice &add(Invoice invoice); // assigns the id
    Invoice *find(quint32 id);
    const std::deque<Invoice> &all() const { return m_invoices; }
    qsizetype size() const { return static_cast<qsizetype>(m_invoices.size()); }
    void clear();

    // The invoice's own scenario, or nullptr when it follows the global one.
    Scenario *scenarioFor(quint32 id);
    void setScenario(quint32 id, const Scenario &scenario) { m_scenarios.insert(id, scenario); }
    void clearScenario(quint32 id) { m_scenarios.remove(id); }

private:
    std::deque<Invoice> m_invoices; // no reallocation spikes as it grows
    QHash<quint32, Scenario> m_scenarios;
    quint32 m_firstId = 1000001;
    quint32 m_nextId = 1000001;
};
