#pragma once

// The order history as a table, fed page by page from GET /api/v1/history: the view asks for
// more as it scrolls (canFetchMore/fetchMore), so a year of orders is never loaded at once.
// A new filter or sort starts over, and answers to an earlier query are ignored. Sorting by date
// and by amount is done by the server (sort() re-queries); other columns do not sort.

#include "backoffice/BackOfficeClient.h"

#include <QAbstractTableModel>

class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CreatedAt,
        Status,
        Total,
        Method,
        Operator,
        Customer,
        Reference,
        Terminal,
        Cashier,
        OrderId,
        ColumnCount
    };
    enum Role { OrderIdRole = Qt::UserRole + 1, FlaggedRole };

    explicit HistoryModel(BackOfficeClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Starts over with this filter (first page requested at once).
    void setFilter(const HistoryFilter &filter);
    const HistoryFilter &filter() const { return m_filter; }
    HistoryFilter::Sort sortOrder() const { return m_sort; }
    void setPageSize(int rows) { m_pageSize = rows; }
    int pageSize() const { return m_pageSize; }
    // Same filter and sort, from the first page.
    void reload();
    bool isLoading() const { return m_loading; }
    const HistoryOrder &order(int row) const { return m_orders.at(row); }
    // Replaces the row of this order (after a verify or a review) in place.
    void updateOrder(const HistoryOrder &order);
    static bool isSortable(int column) { return column == CreatedAt || column == Total; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    // The first page of a new query arrived (the view may select or scroll to the top).
    void reloaded();

private:
    void requestPage();
    void setLoading(bool loading);

    BackOfficeClient *m_client;
    HistoryFilter m_filter;
    HistoryFilter::Sort m_sort = HistoryFilter::Sort::CreatedDesc;
    QList<HistoryOrder> m_orders;
    QString m_cursor;
    bool m_hasMore = false;
    bool m_loading = false;
    bool m_started = false;
    int m_pageSize = 100;
    quint64 m_generation = 0; // bumped by every new query; older answers are dropped
};
