#include "PeoplePage.h"

#include "AdminTable.h"
#include "InlineConfirmation.h"
#include "MessageWidget.h"
#include "PeopleUserDialog.h"
#include "PeopleUserModel.h"
#include "backoffice/AdminClient.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QShowEvent>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PeoplePage::PeoplePage(ServerClient *server, QWidget *parent)
    : QWidget(parent)
    , m_admin(new AdminClient(server, this))
    , m_model(new PeopleUserModel(this))
    , m_message(new MessageWidget(this))
    , m_addButton(new QPushButton(tr("&Add a person…"), this))
    , m_pinButton(new QPushButton(tr("New &PIN…"), this))
    , m_enableButton(new QPushButton(tr("&Disable"), this))
    , m_reloadButton(new QPushButton(tr("&Reload"), this))
    , m_table(new QTableView(this))
{
    setObjectName(u"peoplePage"_s);
    m_enableButton->setObjectName(u"toggleEnabled"_s);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_addButton);
    actions->addWidget(m_pinButton);
    actions->addWidget(m_enableButton);
    actions->addStretch();
    actions->addWidget(m_reloadButton);

    AdminTable::setUp(m_table, m_model, PeopleUserModel::NameColumn);
    m_table->setColumnWidth(PeopleUserModel::RoleColumn, 130);
    m_table->setColumnWidth(PeopleUserModel::ActiveColumn, 110);
    m_table->setColumnWidth(PeopleUserModel::LockedColumn, 220);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);
    m_message->hide();

    connect(m_addButton, &QPushButton::clicked, this, &PeoplePage::addPerson);
    connect(m_pinButton, &QPushButton::clicked, this, [this] { resetPin(selectedUserId()); });
    connect(m_enableButton, &QPushButton::clicked, this, [this] {
        const int row = m_model->rowOf(selectedUserId());
        if (row >= 0)
            setUserEnabled(m_model->user(row).id, !m_model->user(row).active);
    });
    connect(m_reloadButton, &QPushButton::clicked, this, &PeoplePage::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PeoplePage::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PeoplePage::updateActions);
    updateActions();
}

void PeoplePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_requested)
        reload();
}

void PeoplePage::reload()
{
    m_requested = true;
    m_reloadButton->setEnabled(false);
    m_admin->fetchUsers(this, [this](const QList<AdminUser> &users, const ServerError &error) {
        m_reloadButton->setEnabled(true);
        if (!error.isOk()) {
            m_message->showMessage(
                tr("Could not load the people. %1").arg(AdminClient::errorText(error)),
                MessageWidget::Type::Error);
            return;
        }
        const QString selected = selectedUserId();
        m_model->setUsers(users);
        m_loaded = true;
        selectUser(selected);
        updateActions();
    });
}

PeopleUserDialog *PeoplePage::addPerson()
{
    auto *dialog = new PeopleUserDialog(m_admin, AdminUser(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PeopleUserDialog::saved, this,
            [this](const AdminUser &user) { userSaved(user, true); });
    dialog->open();
    return dialog;
}

PeopleUserDialog *PeoplePage::resetPin(const QString &userId)
{
    const int row = m_model->rowOf(userId);
    if (userId.isEmpty() || row < 0)
        return nullptr;
    auto *dialog = new PeopleUserDialog(m_admin, m_model->user(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PeopleUserDialog::saved, this,
            [this](const AdminUser &user) { userSaved(user, false); });
    dialog->open();
    return dialog;
}

void PeoplePage::userSaved(const AdminUser &user, bool added)
{
    m_model->upsert(user);
    selectUser(user.id);
    m_message->showMessage(added ? tr("%1 can now log in.").arg(user.name)
                                 : tr("%1 has a new PIN.").arg(user.name),
                           MessageWidget::Type::Positive, 5000);
}

void PeoplePage::setUserEnabled(const QString &userId, bool enabled)
{
    const int row = m_model->rowOf(userId);
    if (row < 0)
        return;
    const AdminUser user = m_model->user(row);
    auto send = [this, user, enabled] {
        m_message->clearActions();
        m_admin->setUserEnabled(
            user.id, enabled, this, [this, user, enabled](const ServerError &error) {
                if (!error.isOk()) {
                    QString text = AdminClient::errorText(error);
                    if (error.code == "self"_L1)
                        text = tr("You cannot disable your own account.");
                    m_message->showMessage(text, MessageWidget::Type::Error);
                    return;
                }
                AdminUser changed = user;
                changed.active = enabled;
                m_model->upsert(changed);
                m_message->showMessage(enabled ? tr("%1 can log in again.").arg(user.name)
                                               : tr("%1 is disabled.").arg(user.name),
                                       MessageWidget::Type::Positive, 5000);
            });
    };
    InlineConfirmation::ask(
        m_message,
        enabled
            ? tr("Enable %1? They will be able to log in again.").arg(user.name)
            : tr("Disable %1? They can no longer log in and their sessions end.").arg(user.name),
        enabled ? tr("Yes, enable") : tr("Yes, disable"), u"confirmEnabled"_s, tr("No"), send);
}

QString PeoplePage::selectedUserId() const
{
    return AdminTable::selectedId(m_table, PeopleUserModel::UserIdRole);
}

void PeoplePage::selectUser(const QString &userId)
{
    const int row = m_model->rowOf(userId);
    if (row < 0)
        return;
    AdminTable::selectRow(m_table, m_model->index(row, 0));
}

void PeoplePage::updateActions()
{
    const int row = m_model->rowOf(selectedUserId());
    const bool selected = row >= 0;
    m_pinButton->setEnabled(selected);
    m_enableButton->setEnabled(selected);
    m_enableButton->setText(selected && !m_model->user(row).active ? tr("&Enable")
                                                                   : tr("&Disable"));
}
