#pragma once

// The till's window: the login screen or the sale screen, a banner when the server cannot be
// reached (cash still works; it clears by itself), and a status bar with the cashier, the
// unsynced cash sales and the payments awaiting confirmation. Locks itself after the configured
// idle time; quitting or logging out with unsynced sales warns first, inline.

#include <QMainWindow>
#include <QPointer>

#include "Receipt.h"

class BackOfficeWindow;
class LoginScreen;
class QAction;
class MessageWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QTimer;
class SaleScreen;
class Terminal;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Terminal *terminal, QWidget *parent = nullptr);
    ~MainWindow() override;

    SaleScreen *saleScreen() const { return m_sale; }
    LoginScreen *loginScreen() const { return m_login; }
    MessageWidget *banner() const { return m_banner; }
    QLabel *unsyncedLabel() const { return m_unsynced; }
    // The list of payments awaiting confirmation (still watched), as a menu.
    QMenu *awaitingMenu() const;
    bool isLocked() const;
    void lock();
    void showSale();
    void requestLogout();
    void reprintLastReceipt();
    // The back office (managers only; F10), in place of the sale until Esc or "Back".
    void showBackOffice();
    bool isBackOfficeShown() const;
    BackOfficeWindow *backOffice() const;
    QAction *backOfficeAction() const { return m_backOfficeAction; }
    // Overrides the idle time from the settings (tests use milliseconds).
    void setIdleLockInterval(int milliseconds) { m_idleOverrideMs = milliseconds; }
    const Receipt &lastReceipt() const { return m_lastReceipt; }

Q_SIGNALS:
    void languageRequested(const QString &language);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refreshStatus();
    void setReachable(bool reachable);
    void warnUnsynced(const QString &action, std::function<void()> proceed);
    void printReceipt(const Receipt &receipt);

    Terminal *m_terminal;
    MessageWidget *m_banner;
    MessageWidget *m_notice;
    QStackedWidget *m_stack;
    LoginScreen *m_login;
    SaleScreen *m_sale;
    QLabel *m_cashier;
    QLabel *m_server;
    QLabel *m_unsynced;
    class QToolButton *m_awaiting;
    QTimer *m_idle;
    bool m_quitConfirmed = false;
    int m_idleOverrideMs = 0;
    Receipt m_lastReceipt;
    QAction *m_backOfficeAction;
    // Built when a manager first opens it, dropped when the till locks (the next person gets
    // a fresh one, with their own rights).
    QPointer<BackOfficeWindow> m_backOffice;
};
