#pragma once

// Who is at the till: the cashiers the server knows, as large buttons, and the PIN pad. A wrong
// PIN, a locked account or an unreachable server is said inline; the pad is cleared each time.

#include "Cashier.h"

#include <QWidget>

class MessageWidget;
class PinPad;
class QButtonGroup;
class QHBoxLayout;
class QLineEdit;
class Terminal;

class LoginScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LoginScreen(Terminal *terminal, QWidget *parent = nullptr);

    PinPad *pinPad() const { return m_pad; }
    MessageWidget *messageWidget() const { return m_message; }
    QString selectedCashier() const;
    void selectCashier(const QString &id);
    // Asks the server for the cashiers again.
    void refresh();

Q_SIGNALS:
    void loggedIn(const Cashier &cashier);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void login(const QString &pin);
    void setCashiers(const QList<Cashier> &cashiers);

    Terminal *m_terminal;
    MessageWidget *m_message;
    QWidget *m_cashierBar;
    QHBoxLayout *m_cashierLayout;
    QButtonGroup *m_cashierGroup;
    QLineEdit *m_userEdit;
    PinPad *m_pad;
    bool m_busy = false;
};
