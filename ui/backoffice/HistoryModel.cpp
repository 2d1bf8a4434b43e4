#include "HistoryModel.h"

#include <QApplication>
#include <QColor>
#include <QLocale>
#include <QLoggingCategory>
#include <QStyle>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHistoryModel, "comptoir.ui.historymodel")

HistoryModel::HistoryModel(BackOfficeClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryOrder &order = m_orders.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CreatedAt:
            return QLocale().toString(order.createdAt.toLocalTime(), u"dd/MM/yyyy HH:mm"_s);
        case Status:
            return orderStatusDisplayName(order.status);
        case Total:
            return order.total.toString();
        case Method:
            return paymentMethodDisplayName(order.method);
        case Operator:
            return order.operatorName;
        case Customer:
            return order.customerNumber;
        case Reference:
            return order.reference;
        case Terminal:
            return order.terminalName.isEmpty() ? order.terminalId : order.terminalName;
        case Cashier:
            return order.cashierName.isEmpty() ? order.cashierId : order.cashierName;
        case OrderId:
            return order.id.left(8); // what people read out and type in the search box
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Total)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() != Status)
            return {};
        switch (order.status) {
        case OrderStatus::Paid:
            return QColor(0x1b, 0x7f, 0x3b);
        case OrderStatus::AwaitingPayment:
            return QColor(0xb3, 0x5c, 0x00);
        case OrderStatus::Failed:
            return QColor(0xb0, 0x20, 0x20);
        default:
            return QColor(0x60, 0x60, 0x60);
        }
    case Qt::DecorationRole:
        if (index.column() == Status && order.needsReview())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == OrderId)
            return order.id;
        if (order.isFlagged())
            return order.flagsText();
        if (index.column() == CreatedAt)
            return QLocale().toString(order.createdAt.toLocalTime(), u"dd/MM/yyyy HH:mm:ss"_s);
        return {};
    case OrderIdRole:
        return order.id;
    case FlaggedRole:
        return order.needsReview();
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant((section == Total ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && isSortable(section))
        return tr("Click to sort");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CreatedAt:
        return tr("Date");
    case Status:
        return tr("Status");
    case Total:
        return tr("Amount");
    case Method:
        return tr("Method");
    case Operator:
        return tr("Operator");
    case Customer:
        return tr("Customer number");
    case Reference:
        return tr("LigdiCash reference");
    case Terminal:
        return tr("Till");
    case Cashier:
        return tr("Cashier");
    case OrderId:
        return tr("Order");
    }
    return {};
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_started && m_hasMore && !m_loading;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

void HistoryModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    const bool ascending = order == Qt::AscendingOrder;
    const HistoryFilter::Sort sort =
        column == Total
            ? (ascending ? HistoryFilter::Sort::TotalAsc : HistoryFilter::Sort::TotalDesc)
            : (ascending ? HistoryFilter::Sort::CreatedAsc : HistoryFilter::Sort::CreatedDesc);
    if (sort == m_sort)
        return;
    m_sort = sort;
    if (m_started) // before the first query, the view only says where it starts
        reload();
}

void HistoryModel::setFilter(const HistoryFilter &filter)
{
    m_filter = filter;
    reload();
}

void HistoryModel::reload()
{
    ++m_generation;
    m_started = true;
    m_cursor.clear();
    m_hasMore = false;
    if (!m_orders.isEmpty()) {
        beginResetModel();
        m_orders.clear();
        endResetModel();
    }
    m_loading = false; // the earlier query's answer no longer counts
    requestPage();
}

void HistoryModel::requestPage()
{
    setLoading(true);
    const quint64 generation = m_generation;
    const bool first = m_cursor.isEmpty();
    m_client->fetchHistory(m_filter, m_sort, m_cursor, m_pageSize, this,
                           [this, generation, first](const BackOfficeClient::HistoryPage &page,
                                                     const ServerError &error) {
                               if (generation != m_generation) {
                                   qCDebug(lcHistoryModel) << "stale history page dropped";
                                   return;
                               }
                               setLoading(false);
                               if (!error.isOk()) {
                                   Q_EMIT loadFailed(error.userMessage());
                                   return;
                               }
                               m_cursor = page.nextCursor;
                               m_hasMore = !page.nextCursor.isEmpty();
                               if (!page.orders.isEmpty()) {
                                   const int firstRow = int(m_orders.size());
                                   beginInsertRows({}, firstRow,
                                                   firstRow + int(page.orders.size()) - 1);
                                   m_orders.append(page.orders);
                                   endInsertRows();
                               }
                               if (first)
                                   Q_EMIT reloaded();
                           });
}

void HistoryModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void HistoryModel::updateOrder(const HistoryOrder &order)
{
    for (int row = 0; row < m_orders.size(); ++row) {
        if (m_orders.at(row).id == order.id) {
            m_orders[row] = order;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
}
