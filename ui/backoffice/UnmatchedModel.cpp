#include "UnmatchedModel.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

using namespace Qt::StringLiterals;

UnmatchedModel::UnmatchedModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int UnmatchedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_payments.size());
}

int UnmatchedModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnmatchedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UnmatchedPayment &payment = m_payments.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case ReceivedAt:
            return QLocale().toString(payment.receivedAt.toLocalTime(), u"dd/MM/yyyy HH:mm:ss"_s);
        case Amount:
            return payment.amount ? payment.amount->toString() : u"—"_s;
        case Payer:
            return payment.payer;
        case Status:
            return payment.status;
        case Confirm:
            return payment.confirmText();
        case TransactionId:
            return payment.transactionId;
        case RequestId:
            return payment.requestId;
        case Review:
            if (!payment.isReviewed())
                return tr("To review");
            return tr("%1, %2: %3")
                .arg(payment.reviewedByName,
                     QLocale().toString(payment.reviewedAt.toLocalTime(), u"dd/MM HH:mm"_s),
                     payment.note);
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant((index.column() == Amount ? Qt::AlignRight : Qt::AlignLeft) |
                        Qt::AlignVCenter);
    if (role == Qt::DecorationRole && index.column() == Review && !payment.isReviewed())
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    return {};
}

QVariant UnmatchedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReceivedAt:
        return tr("Received");
    case Amount:
        return tr("Amount");
    case Payer:
        return tr("Payer");
    case Status:
        return tr("Callback status");
    case Confirm:
        return tr("LigdiCash confirm");
    case TransactionId:
        return tr("Transaction");
    case RequestId:
        return tr("Request reference");
    case Review:
        return tr("Review");
    }
    return {};
}

void UnmatchedModel::setPayments(const QList<UnmatchedPayment> &payments)
{
    beginResetModel();
    m_payments = payments;
    endResetModel();
}

int UnmatchedModel::unreviewedCount() const
{
    return int(
        std::count_if(m_payments.cbegin(), m_payments.cend(),
                      [](const UnmatchedPayment &payment) { return !payment.isReviewed(); }));
}
