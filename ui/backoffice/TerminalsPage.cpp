#include "TerminalsPage.h"

#include "AdminTable.h"
#include "InlineConfirmation.h"
#include "MessageWidget.h"
#include "TerminalListModel.h"
#include "TerminalNameDialog.h"
#include "backoffice/AdminClient.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QShowEvent>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TerminalsPage::TerminalsPage(ServerClient *server, QWidget *parent)
    : QWidget(parent)
    , m_admin(new AdminClient(server, this))
    , m_model(new TerminalListModel(this))
    , m_message(new MessageWidget(this))
    , m_addButton(new QPushButton(tr("&Add a terminal…"), this))
    , m_renameButton(new QPushButton(tr("Re&name…"), this))
    , m_revokeButton(new QPushButton(tr("Re&voke"), this))
    , m_reloadButton(new QPushButton(tr("&Reload"), this))
    , m_table(new QTableView(this))
{
    setObjectName(u"terminalsPage"_s);
    m_revokeButton->setObjectName(u"revokeTerminal"_s);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_addButton);
    actions->addWidget(m_renameButton);
    actions->addWidget(m_revokeButton);
    actions->addStretch();
    actions->addWidget(m_reloadButton);

    AdminTable::setUp(m_table, m_model, TerminalListModel::NameColumn);
    m_table->setColumnWidth(TerminalListModel::CreatedColumn, 160);
    m_table->setColumnWidth(TerminalListModel::LastSeenColumn, 160);
    m_table->setColumnWidth(TerminalListModel::StatusColumn, 100);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);
    m_message->hide();

    connect(m_addButton, &QPushButton::clicked, this, &TerminalsPage::addTerminal);
    connect(m_renameButton, &QPushButton::clicked, this,
            [this] { renameTerminal(selectedTerminalId()); });
    connect(m_revokeButton, &QPushButton::clicked, this,
            [this] { revokeTerminal(selectedTerminalId()); });
    connect(m_reloadButton, &QPushButton::clicked, this, &TerminalsPage::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TerminalsPage::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TerminalsPage::updateActions);
    updateActions();
}

void TerminalsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_requested)
        reload();
}

void TerminalsPage::reload()
{
    m_requested = true;
    m_reloadButton->setEnabled(false);
    m_admin->fetchTerminals(
        this, [this](const QList<AdminTerminal> &terminals, const ServerError &error) {
            m_reloadButton->setEnabled(true);
            if (!error.isOk()) {
                m_message->showMessage(
                    tr("Could not load the terminals. %1").arg(AdminClient::errorText(error)),
                    MessageWidget::Type::Error);
                return;
            }
            const QString selected = selectedTerminalId();
            m_model->setTerminals(terminals);
            m_loaded = true;
            selectTerminal(selected);
            updateActions();
        });
}

TerminalNameDialog *TerminalsPage::addTerminal()
{
    auto *dialog = new TerminalNameDialog(m_admin, AdminTerminal(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TerminalNameDialog::saved, this, &TerminalsPage::terminalSaved);
    dialog->open();
    return dialog;
}

TerminalNameDialog *TerminalsPage::renameTerminal(const QString &terminalId)
{
    const int row = m_model->rowOf(terminalId);
    if (terminalId.isEmpty() || row < 0)
        return nullptr;
    auto *dialog = new TerminalNameDialog(m_admin, m_model->terminal(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TerminalNameDialog::saved, this, &TerminalsPage::terminalSaved);
    dialog->open();
    return dialog;
}

void TerminalsPage::terminalSaved(const AdminTerminal &terminal)
{
    m_model->upsert(terminal);
    selectTerminal(terminal.id);
    // The answer to a creation has no dates; the list has them.
    reload();
}

void TerminalsPage::revokeTerminal(const QString &terminalId)
{
    const int row = m_model->rowOf(terminalId);
    if (row < 0 || m_model->terminal(row).revoked)
        return;
    const AdminTerminal terminal = m_model->terminal(row);
    auto send = [this, terminal] {
        m_message->clearActions();
        m_admin->revokeTerminal(terminal.id, this, [this, terminal](const ServerError &error) {
            if (!error.isOk()) {
                QString text = AdminClient::errorText(error);
                if (error.code == "self"_L1)
                    text = tr("This is the terminal you are using: revoke it from another one.");
                m_message->showMessage(text, MessageWidget::Type::Error);
                return;
            }
            AdminTerminal revoked = terminal;
            revoked.revoked = true;
            m_model->upsert(revoked);
            m_message->showMessage(
                tr("“%1” is revoked: it can no longer reach the server.").arg(terminal.name),
                MessageWidget::Type::Positive, 5000);
        });
    };
    InlineConfirmation::ask(
        m_message,
        tr("Revoke “%1”? It stops working at once and cannot be brought back; a replacement "
           "needs a new terminal.")
            .arg(terminal.name),
        tr("Yes, revoke"), u"confirmRevoke"_s, tr("No"), send);
}

QString TerminalsPage::selectedTerminalId() const
{
    return AdminTable::selectedId(m_table, TerminalListModel::TerminalIdRole);
}

void TerminalsPage::selectTerminal(const QString &terminalId)
{
    const int row = m_model->rowOf(terminalId);
    if (row < 0)
        return;
    AdminTable::selectRow(m_table, m_model->index(row, 0));
}

void TerminalsPage::updateActions()
{
    const int row = m_model->rowOf(selectedTerminalId());
    const bool selected = row >= 0;
    m_renameButton->setEnabled(selected);
    m_revokeButton->setEnabled(selected && !m_model->terminal(row).revoked);
}
