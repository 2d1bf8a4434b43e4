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
    , m_tokenLabel(new QLabel(this))
    , m_token(new QLineEdit(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"terminalNameDialog"_s);
    setWindowTitle(isNew() ? tr("Add a terminal") : tr("Rename %1").arg(terminal.name));
    m_name->setMaxLength(64); // the server's limit for a terminal name
    m_name->setPlaceholderText(tr("e.g. Caisse 2"));
    m_name->setMinimumWidth(380);

    m_tokenLabel->setText(tr("Token:"));
    m_token->setReadOnly(true);
    m_token->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Room for a whole server token (43 characters) without scrolling.
    m_token->setMinimumWidth(m_token->fontMetrics().horizontalAdvance(QString(48, u'0')) + 12);
    m_token->setAccessibleName(tr("Terminal token"));

    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_copy);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(m_tokenLabel, tokenRow);

    auto *layout = new QVBoxLayout(this);
    // The dialog follows its contents (message bar, then the token) instead of clipping them.
    layout->setSizeConstraint(QLayout::SetFixedSize);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_message->hide();
    for (QWidget *widget : {static_cast<QWidget *>(m_tokenLabel), static_cast<QWidget *>(m_token),
                            static_cast<QWidget *>(m_copy)})
        widget->hide();

    connect(m_buttons, &QDialogButtonBox::accepted, this, &TerminalNameDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_token->text());
        m_copy->setText(tr("Copied"));
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
    m_message->setCloseButtonVisible(false);
    m_message->showMessage(
        tr("Terminal “%1” added. Type or paste this token into the new till's setup now: it is "
           "shown only this once and cannot be seen again. Keep it secret: anyone who has it "
           "can act as this terminal.")
            .arg(m_terminal.name),
        MessageWidget::Type::Warning);
    m_name->setReadOnly(true);
    m_token->setText(token);
    m_tokenLabel->show();
    m_token->show();
    m_copy->show();
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("I have copied it, close"));
    m_token->setFocus();
    m_token->selectAll();
}
