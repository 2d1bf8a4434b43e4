#include "TerminalNameDialog.h"

#include "MessageWidget.h"
#include "backoffice/AdminClient.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TerminalNameDialog::TerminalNameDialog(AdminClient *admin, const AdminTerminal &terminal,
                                       QWidget *parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_terminal(terminal)
    , m_message(new MessageWidget(this))
    , m_name(new QLineEdit(terminal.name, this))
    , m_tokenWarning(new QLabel(this))
    , m_token(new QLineEdit(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"terminalNameDialog"_s);
    setWindowTitle(isNew() ? tr("Add a terminal") : tr("Rename %1").arg(terminal.name));
    setMinimumWidth(520);
    m_name->setMaxLength(64); // the server's limit for a terminal name
    m_name->setPlaceholderText(tr("e.g. Caisse 2"));

    m_tokenWarning->setWordWrap(true);
    m_tokenWarning->setText(
        tr("This is the new terminal's token. Type or paste it into the new till's setup now: "
           "it is shown only this once and cannot be seen again. Keep it secret; anyone who "
           "has it can act as this terminal."));
    m_tokenWarning->setStyleSheet(u"font-weight: bold;"_s);
    m_token->setReadOnly(true);
    m_token->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_token->setAccessibleName(tr("Terminal token"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_copy);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_tokenWarning);
    layout->addLayout(tokenRow);
    layout->addWidget(m_buttons);
    m_message->hide();
    for (QWidget *widget : {static_cast<QWidget *>(m_tokenWarning), static_cast<QWidget *>(m_token),
                            static_cast<QWidget *>(m_copy)})
        widget->hide();

    connect(m_buttons, &QDialogButtonBox::accepted, this, &TerminalNameDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_token->text());
        m_message->showMessage(tr("Token copied."), MessageWidget::Type::Positive, 3000);
    });
    // The token leaves memory with the dialog, whichever way it closes.
    connect(this, &QDialog::finished, m_token, &QLineEdit::clear);
}

void TerminalNameDialog::save()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_message->showMessage(tr("Give the terminal a name."), MessageWidget::Type::Error);
        m_name->setFocus();
        return;
    }
    m_buttons->setEnabled(false);
    m_message->showMessage(tr("Saving…"), MessageWidget::Type::Information);
    if (!isNew()) {
        m_admin->renameTerminal(m_terminal.id, name, this, [this, name](const ServerError &error) {
            m_buttons->setEnabled(true);
            if (!error.isOk()) {
                m_message->showMessage(AdminClient::errorText(error), MessageWidget::Type::Error);
                return;
            }
            AdminTerminal renamed = m_terminal;
            renamed.name = name;
            Q_EMIT saved(renamed);
            accept();
        });
        return;
    }
    m_admin->addTerminal(
        name, this, [this](const AdminTerminal &terminal, const ServerError &error) {
            m_buttons->setEnabled(true);
            if (!error.isOk()) {
                m_message->showMessage(AdminClient::errorText(error), MessageWidget::Type::Error);
                return;
            }
            m_terminal = terminal;
            m_terminal.token.clear();
            Q_EMIT saved(m_terminal);
            showToken(terminal.token);
        });
}

void TerminalNameDialog::showToken(const QString &token)
{
    // The dialog becomes a one-time display: no more saving, only closing once copied.
    m_message->showMessage(tr("Terminal “%1” added.").arg(m_terminal.name),
                           MessageWidget::Type::Positive);
    m_name->setReadOnly(true);
    m_token->setText(token);
    m_tokenWarning->show();
    m_token->show();
    m_copy->show();
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("I have copied it, close"));
    m_token->setFocus();
    m_token->selectAll();
}
