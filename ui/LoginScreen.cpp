#include "LoginScreen.h"

#include "UiResources.h"

#include "MessageWidget.h"
#include "PinPad.h"
#include "Terminal.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

LoginScreen::LoginScreen(Terminal *terminal, QWidget *parent)
    : QWidget(parent)
    , m_terminal(terminal)
    , m_message(new MessageWidget(this))
    , m_cashierBar(new QWidget(this))
    , m_cashierLayout(new QHBoxLayout(m_cashierBar))
    , m_cashierGroup(new QButtonGroup(this))
    , m_userEdit(new QLineEdit(this))
    , m_pad(new PinPad(this))
{
    UiResources::ensureLoaded();
    setObjectName(u"loginScreen"_s);
    auto *title = new QLabel(tr("Who is at the till?"), this);
    title->setStyleSheet(u"font-size: 28px; font-weight: bold;"_s);
    title->setAlignment(Qt::AlignCenter);
    auto *terminalName = new QLabel(terminal->settings().terminalName(), this);
    terminalName->setAlignment(Qt::AlignCenter);
    terminalName->setStyleSheet(u"color: #555; font-size: 16px;"_s);
    m_cashierLayout->setAlignment(Qt::AlignCenter);
    m_cashierGroup->setExclusive(true);
    m_userEdit->setPlaceholderText(tr("User name"));
    m_userEdit->setMinimumHeight(44);
    m_userEdit->setMaximumWidth(300);
    m_userEdit->setStyleSheet(u"font-size: 18px;"_s);
    m_userEdit->hide();
    m_pad->setMaximumWidth(320);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(title);
    layout->addWidget(terminalName);
    layout->addSpacing(12);
    layout->addWidget(m_cashierBar);
    layout->addWidget(m_userEdit, 0, Qt::AlignHCenter);
    layout->addWidget(m_pad, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    connect(m_pad, &PinPad::pinEntered, this, &LoginScreen::login);
}

void LoginScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_pad->clear();
    m_pad->setFocus();
    refresh();
}

void LoginScreen::refresh()
{
    m_terminal->client().fetchCashiers(
        this, [this](const QList<Cashier> &cashiers, const ServerError &error) {
            if (!error.isOk()) {
                m_message->showMessage(error.userMessage(), MessageWidget::Type::Warning);
                if (m_cashierGroup->buttons().isEmpty())
                    m_userEdit->show();
                return;
            }
            setCashiers(cashiers);
        });
}

void LoginScreen::setCashiers(const QList<Cashier> &cashiers)
{
    const QString previous =
        selectedCashier().isEmpty()
            ? m_terminal->settings().value(Settings::Key::LastCashierId).toString()
            : selectedCashier();
    const QList<QAbstractButton *> old = m_cashierGroup->buttons();
    for (QAbstractButton *button : old) {
        m_cashierGroup->removeButton(button);
        delete button;
    }
    for (const Cashier &cashier : cashiers) {
        auto *button = new QPushButton(cashier.name, m_cashierBar);
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus);
        button->setMinimumSize(130, 56);
        button->setProperty("cashierId", cashier.id);
        button->setStyleSheet(u"QPushButton { font-size: 17px; border: 1px solid #b9c2cc; "
                              "border-radius: 8px; background: white; padding: 0 12px; } "
                              "QPushButton:checked { background: #14213d; color: white; }"_s);
        m_cashierGroup->addButton(button);
        m_cashierLayout->addWidget(button);
        connect(button, &QPushButton::clicked, m_pad, qOverload<>(&QWidget::setFocus));
    }
    m_userEdit->setVisible(cashiers.isEmpty());
    selectCashier(previous);
    if (!m_cashierGroup->checkedButton() && !m_cashierGroup->buttons().isEmpty())
        m_cashierGroup->buttons().first()->setChecked(true);
}

QString LoginScreen::selectedCashier() const
{
    if (QAbstractButton *checked = m_cashierGroup->checkedButton())
        return checked->property("cashierId").toString();
    return m_userEdit->text().trimmed();
}

void LoginScreen::selectCashier(const QString &id)
{
    const QList<QAbstractButton *> buttons = m_cashierGroup->buttons();
    for (QAbstractButton *button : buttons) {
        if (button->property("cashierId").toString() == id)
            button->setChecked(true);
    }
    if (buttons.isEmpty())
        m_userEdit->setText(id);
}

void LoginScreen::login(const QString &pin)
{
    const QString user = selectedCashier();
    if (user.isEmpty()) {
        m_message->showMessage(tr("Choose who you are first."), MessageWidget::Type::Warning);
        return;
    }
    if (m_busy)
        return;
    m_busy = true;
    m_pad->setEnabled(false);
    m_terminal->client().login(
        user, pin, this, [this](const Cashier &cashier, const ServerError &error) {
            m_busy = false;
            m_pad->setEnabled(true);
            m_pad->setFocus();
            if (!error.isOk()) {
                m_message->showMessage(error.kind == ServerError::Kind::Unauthorized
                                           ? tr("Wrong user or PIN.")
                                           : error.userMessage(),
                                       MessageWidget::Type::Error);
                return;
            }
            m_message->hideMessage();
            m_terminal->setCashier(cashier);
            Q_EMIT loggedIn(cashier);
        });
}
