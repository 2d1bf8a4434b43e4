#pragma once

// A back office table over values that each carry an id (products, people, terminals): the list
// is set whole after a fetch, and a saved value replaces the row with its id (or is appended)
// instead of resetting the table, so the manager's selection and scroll survive an edit. The
// subclass says what its columns show.

#include <QAbstractTableModel>
#include <QList>
#include <QString>

template<typename Row>
class IdRowsTableModel : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columnCount;
    }

protected:
    using IdOf = QString (*)(const Row &);

    IdRowsTableModel(int columnCount, IdOf idOf, QObject *parent)
        : QAbstractTableModel(parent)
        , m_columnCount(columnCount)
        , m_idOf(idOf)
    {}

    void setRows(const QList<Row> &rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }

    // A value without an id yet is never taken for an existing row.
    void upsertRow(const Row &value)
    {
        const QString id = m_idOf(value);
        const int row = id.isEmpty() ? -1 : rowOfId(id);
        if (row >= 0) {
            m_rows[row] = value;
            Q_EMIT dataChanged(index(row, 0), index(row, m_columnCount - 1));
            return;
        }
        const int end = int(m_rows.size());
        beginInsertRows({}, end, end);
        m_rows.append(value);
        endInsertRows();
    }

    int rowOfId(const QString &id) const
    {
        for (qsizetype row = 0; row < m_rows.size(); ++row) {
            if (m_idOf(m_rows.at(row)) == id)
                return int(row);
        }
        return -1;
    }

    QList<Row> m_rows;

private:
    int m_columnCount;
    IdOf m_idOf;
};
