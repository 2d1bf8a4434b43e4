#include "PeopleUserDialog.h"

#include "MessageWidget.h"
#include "PinPad.h"
#include "backoffice/AdminClient.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PeopleUserDialog::PeopleUserDialog(AdminClient *admin, const AdminUser &user, QWidget *parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_user(user)
    , m_message(new MessageWidget(this))
    , m_pin(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"peopleUserDialog"_s);
    setWindowTitle(isNew() ? tr("Add a person") : tr("New PIN for %1").arg(user.name));

    // Same bounds as the login pad, so any PIN set here can be typed there.
    const QString pattern = u"\\d{0,%1}"_s.arg(PinPad::kMaximumLength);
    for (QLineEdit *edit : {m_pin, m_confirm}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), edit));
        edit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData |
                                  Qt::ImhNoPredictiveText);
        edit->setMaxLength(PinPad::kMaximumLength);
        edit->setMinimumWidth(260);
    }
    m_pin->setPlaceholderText(
        tr("%1 to %2 digits").arg(PinPad::kMinimumLength).arg(PinPad::kMaximumLength));

    auto *form = new QFormLayout;
    if (isNew()) {
        m_name = new QLineEdit(this);
        m_name->setMaxLength(64); // the server's limit for a name
        m_role = new QComboBox(this);
        m_role->addItem(userRoleDisplayName(UserRole::Cashier),
                        userRoleToString(UserRole::Cashier));
        m_role->addItem(userRoleDisplayName(UserRole::Manager),
                        userRoleToString(UserRole::Manager));
        form->addRow(tr("&Name"), m_name);
        form->addRow(tr("&Role"), m_role);
    } else {
        auto *who = new QLabel(tr("%1 (%2). Their sessions end and any lockout is lifted.")
                                   .arg(user.name, userRoleDisplayName(user.role)),
                               this);
        who->setWordWrap(true);
        form->addRow(who);
    }
    form->addRow(isNew() ? tr("&PIN") : tr("New &PIN"), m_pin);
    form->addRow(tr("PIN a&gain"), m_confirm);

    auto *layout = new QVBoxLayout(this);
    // The dialog follows its contents (the message bar comes and goes) instead of clipping them.
    layout->setSizeConstraint(QLayout::SetFixedSize);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_message->hide();

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PeopleUserDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::finished, this, &PeopleUserDialog::clearPins);
}

void PeopleUserDialog::save()
{
    const QString name = m_name ? m_name->text().trimmed() : m_user.name;
    if (isNew() && name.isEmpty()) {
        m_message->showMessage(tr("Type the person's name."), MessageWidget::Type::Error);
        m_name->setFocus();
        return;
    }
    const QString pin = m_pin->text();
    if (pin.size() < PinPad::kMinimumLength || pin.size() > PinPad::kMaximumLength) {
        m_message->showMessage(tr("The PIN must have %1 to %2 digits.")
                                   .arg(PinPad::kMinimumLength)
                                   .arg(PinPad::kMaximumLength),
                               MessageWidget::Type::Error);
        m_pin->setFocus();
        return;
    }
    if (m_confirm->text() != pin) {
        m_message->showMessage(tr("The two PINs differ: type the same PIN twice."),
                               MessageWidget::Type::Error);
        m_confirm->clear();
        m_confirm->setFocus();
        return;
    }
    setBusy(true);
    m_message->showMessage(tr("Saving…"), MessageWidget::Type::Information);
    if (isNew()) {
        const auto role = userRoleFromString(m_role->currentData().toString());
        m_admin->addUser(name, role.value_or(UserRole::Cashier), pin, this,
                         [this](const AdminUser &user, const ServerError &error) {
                             setBusy(false);
                             if (!error.isOk()) {
                                 m_message->showMessage(AdminClient::errorText(error),
                                                        MessageWidget::Type::Error);
                                 if (error.code == "duplicate_name"_L1)
                                     m_name->setFocus();
                                 return;
                             }
                             clearPins();
                             Q_EMIT saved(user);
                             accept();
                         });
        return;
    }
    m_admin->resetPin(m_user.id, pin, this, [this](const ServerError &error) {
        setBusy(false);
        if (!error.isOk()) {
            m_message->showMessage(AdminClient::errorText(error), MessageWidget::Type::Error);
            return;
        }
        clearPins();
        AdminUser unlocked = m_user;
        unlocked.lockedUntil = {};
        Q_EMIT saved(unlocked);
        accept();
    });
}

void PeopleUserDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
}

void PeopleUserDialog::clearPins()
{
    m_pin->clear();
    m_confirm->clear();
}
