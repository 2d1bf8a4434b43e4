#include "UnmatchedPage.h"

#include "MessageWidget.h"
#include "UnmatchedModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

UnmatchedPage::UnmatchedPage(BackOfficeClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new UnmatchedModel(this))
    , m_summary(new QLabel(this))
    , m_message(new MessageWidget(this))
    , m_table(new QTableView(this))
    , m_note(new QLineEdit(this))
    , m_review(new QPushButton(tr("Mark reviewed"), this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
{
    setObjectName(u"unmatchedPage"_s);
    m_message->hide();
    auto *explanation = new QLabel(
        tr("Payments LigdiCash reported for no order of this shop. They never make an order "
           "paid: settle them with the customer, then record what was done."),
        this);
    explanation->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setObjectName(u"unmatchedSummary"_s);

    m_table->setObjectName(u"unmatchedTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(UnmatchedModel::ReceivedAt, 150);
    m_table->horizontalHeader()->resizeSection(UnmatchedModel::Confirm, 260);
    m_table->horizontalHeader()->resizeSection(UnmatchedModel::TransactionId, 150);

    m_note->setObjectName(u"unmatchedNote"_s);
    m_note->setMaxLength(500);
    m_note->setPlaceholderText(tr("Note, e.g. “refunded by Orange Money on 25/11”"));
    m_review->setObjectName(u"unmatchedReview"_s);
    m_review->setEnabled(false);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_note, 1);
    actions->addWidget(m_review);
    actions->addWidget(m_refresh);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(explanation);
    layout->addWidget(m_message);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    connect(m_refresh, &QPushButton::clicked, this, &UnmatchedPage::reload);
    connect(m_review, &QPushButton::clicked, this, &UnmatchedPage::reviewSelected);
    connect(m_note, &QLineEdit::returnPressed, this, &UnmatchedPage::reviewSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UnmatchedPage::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UnmatchedPage::selectionChanged);
}

void UnmatchedPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_started) {
        m_started = true;
        reload();
    }
}

void UnmatchedPage::reload()
{
    m_started = true;
    m_refresh->setEnabled(false);
    m_client->fetchUnmatched(
        this, [this](const QList<UnmatchedPayment> &payments, const ServerError &error) {
            m_refresh->setEnabled(true);
            if (!error.isOk()) {
                m_message->showMessage(error.userMessage(), MessageWidget::Type::Error);
                return;
            }
            m_model->setPayments(payments);
            const int open = m_model->unreviewedCount();
            m_summary->setText(open == 0 ? tr("Nothing to review.")
                                         : tr("%n payment(s) to review", nullptr, open));
        });
}

void UnmatchedPage::selectionChanged()
{
    m_review->setEnabled(m_table->selectionModel()->hasSelection());
}

void UnmatchedPage::reviewSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString note = m_note->text().trimmed();
    if (note.isEmpty()) {
        m_message->showMessage(tr("Write a short note saying how it was settled."),
                               MessageWidget::Type::Warning);
        m_note->setFocus();
        return;
    }
    const QString id = m_model->payment(rows.first().row()).id;
    m_review->setEnabled(false);
    m_client->reviewUnmatched(id, note, this, [this](const ServerError &error) {
        if (!error.isOk()) {
            m_message->showMessage(error.userMessage(), MessageWidget::Type::Error);
            selectionChanged();
            return;
        }
        m_note->clear();
        m_message->showMessage(tr("Recorded."), MessageWidget::Type::Positive, 4000);
        reload();
    });
}
