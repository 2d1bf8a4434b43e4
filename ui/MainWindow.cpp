#include "MainWindow.h"

#include "UiResources.h"

#include "backoffice/BackOfficeWindow.h"
#include "backoffice/ShiftCloseDialog.h"
#include "backoffice/ShiftOpenDialog.h"

#include "LoginScreen.h"
#include "MessageWidget.h"
#include "ReceiptPrinter.h"
#include "SaleScreen.h"
#include "Terminal.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Terminal *terminal, QWidget *parent)
    : QMainWindow(parent)
    , m_terminal(terminal)
    , m_banner(new MessageWidget(this))
    , m_notice(new MessageWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_login(new LoginScreen(terminal, this))
    , m_sale(new SaleScreen(terminal, this))
    , m_cashier(new QLabel(this))
    , m_server(new QLabel(this))
    , m_unsynced(new QLabel(this))
    , m_awaiting(new QToolButton(this))
    , m_idle(new QTimer(this))
    , m_backOfficeAction(new QAction(tr("Back office"), this))
{
    UiResources::ensureLoaded();
    setWindowTitle(tr("Comptoir — %1").arg(terminal->settings().terminalName()));
    setWindowIcon(QIcon(u":/icons/comptoir.svg"_s));
    setObjectName(u"mainWindow"_s);
    m_banner->setObjectName(u"serverBanner"_s);
    m_banner->setCloseButtonVisible(false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 6, 8, 0);
    layout->setSpacing(4);
    layout->addWidget(m_banner);
    layout->addWidget(m_notice);
    layout->addWidget(m_stack, 1);
    m_stack->addWidget(m_login);
    m_stack->addWidget(m_sale);
    setCentralWidget(central);

    auto *menuButton = new QToolButton(this);
    menuButton->setText(tr("Menu"));
    menuButton->setPopupMode(QToolButton::InstantPopup);
    menuButton->setFocusPolicy(Qt::NoFocus);
    auto *menu = new QMenu(menuButton);
    menu->addAction(tr("Lock the till"), this, &MainWindow::lock);
    menu->addAction(tr("Log out"), this, &MainWindow::requestLogout);
    menu->addAction(tr("Reprint last receipt"), this, &MainWindow::reprintLastReceipt);
    menu->addAction(tr("Refresh the catalog"), this,
                    [this] { m_terminal->catalogSync().refresh(); });
    // The shift: its opening float, then the blind count and the Z report (F11, F12).
    const std::pair<QString, QKeySequence> shiftActions[] = {
        {tr("Open a shift…"), QKeySequence(Qt::Key_F11)},
        {tr("Close the shift (Z)…"), QKeySequence(Qt::Key_F12)},
    };
    for (const auto &[text, key] : shiftActions) {
        auto *action = new QAction(text, this);
        const bool opening = key == QKeySequence(Qt::Key_F11);
        action->setObjectName(opening ? u"openShiftAction"_s : u"closeShiftAction"_s);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, [this, opening] {
            if (m_stack->currentWidget() != m_sale)
                return; // locked or logged out
            if (opening)
                ShiftOpenDialog(&m_terminal->client(), this).exec();
            else
                ShiftCloseDialog(&m_terminal->client(), this).exec();
        });
        addAction(action);
        menu->addAction(action);
    }
    m_backOfficeAction->setObjectName(u"backOfficeAction"_s);
    m_backOfficeAction->setShortcut(QKeySequence(Qt::Key_F10));
    m_backOfficeAction->setVisible(false); // until a manager logs in
    connect(m_backOfficeAction, &QAction::triggered, this, &MainWindow::showBackOffice);
    addAction(m_backOfficeAction); // F10 works without opening the menu
    menu->addAction(m_backOfficeAction);
    menu->addSeparator();
    menu->addAction(u"Français"_s, this, [this] { Q_EMIT languageRequested(u"fr"_s); });
    menu->addAction(u"English"_s, this, [this] { Q_EMIT languageRequested(u"en"_s); });
    menuButton->setMenu(menu);

    statusBar()->addWidget(m_cashier);
    statusBar()->addWidget(m_server);
    statusBar()->addWidget(m_unsynced);
    statusBar()->addWidget(m_awaiting);
    statusBar()->addPermanentWidget(menuButton);
    m_unsynced->setObjectName(u"unsynced"_s);
    m_awaiting->setObjectName(u"awaiting"_s);
    m_awaiting->setPopupMode(QToolButton::InstantPopup);
    m_awaiting->setFocusPolicy(Qt::NoFocus);
    m_awaiting->setAutoRaise(true);
    m_awaiting->setStyleSheet(u"QToolButton { color: #b35c00; font-weight: bold; }"_s);
    auto *awaitingMenu = new QMenu(m_awaiting);
    m_awaiting->setMenu(awaitingMenu);
    connect(awaitingMenu, &QMenu::aboutToShow, this, [this, awaitingMenu] {
        awaitingMenu->clear();
        const auto orders = m_terminal->sale().awaitingOrders();
        for (const auto &order : orders) {
            const QString when = QLocale().toString(order.draft.createdAt.toLocalTime().time(),
                                                    QLocale::ShortFormat);
            QAction *action =
                awaitingMenu->addAction(tr("%1 — %2 — %3 (check now)")
                                            .arg(when, order.draft.total.toString(),
                                                 order.state == OrderStatus::Expired
                                                     ? tr("Not confirmed yet")
                                                     : orderStatusDisplayName(order.state)));
            connect(action, &QAction::triggered, this,
                    [this, id = order.draft.id] { m_terminal->watcher().pollNow(id); });
        }
    });

    connect(m_login, &LoginScreen::loggedIn, this, &MainWindow::showSale);
    connect(terminal, &Terminal::cashierChanged, this, [this](const Cashier &cashier) {
        if (!cashier.isValid())
            lock();
        refreshStatus();
    });
    connect(&terminal->client(), &ServerClient::reachabilityChanged, this,
            &MainWindow::setReachable);
    connect(&terminal->cash(), &CashJournal::unsyncedCountChanged, this,
            &MainWindow::refreshStatus);
    connect(&terminal->cash(), &CashJournal::orderRejected, this,
            [this](const QString &, const QString &message) {
                m_notice->showMessage(tr("A cash sale was refused by the server and kept for a "
                                         "manager: %1")
                                          .arg(message),
                                      MessageWidget::Type::Error);
            });
    connect(&terminal->sale(), &SaleController::saleCompleted, this,
            [this](const OrderDraft &order, const OrderUpdate &update) {
                Receipt receipt = Receipt::fromSale(order, update);
                receipt.shopName = m_terminal->settings().shopName();
                receipt.shopAddress = m_terminal->settings().shopAddress();
                receipt.terminalName = m_terminal->settings().terminalName();
                receipt.cashierName = m_terminal->cashier().name;
                m_lastReceipt = receipt;
                printReceipt(receipt);
            });
    connect(&terminal->sale(), &SaleController::awaitingOrdersChanged, this,
            &MainWindow::refreshStatus);
    connect(&terminal->journal(), &SaleJournal::ordersChanged, this, &MainWindow::refreshStatus);

    // Idle lock: any key or click restarts the countdown.
    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, [this] {
        if (m_terminal->sale().isLocked()) {
            m_idle->start(); // never in the middle of a payment; try again later
            return;
        }
        if (!isLocked())
            lock();
    });
    qApp->installEventFilter(this);

    setReachable(terminal->client().isReachable());
    refreshStatus();
    lock();
}

void MainWindow::printReceipt(const Receipt &receipt)
{
    const QString problem = ReceiptPrinter::print(receipt, m_terminal->settings().receiptOutput(),
                                                  m_terminal->dataDir() + u"/receipts"_s);
    if (problem.isEmpty())
        return;
    // The sale is recorded whatever happens to the paper.
    m_notice->clearActions();
    m_notice->showMessage(tr("The receipt was not printed: %1 The sale is recorded; use "
                             "“Reprint last receipt” once the printer is back.")
                              .arg(problem),
                          MessageWidget::Type::Warning);
}

void MainWindow::reprintLastReceipt()
{
    if (!m_lastReceipt.isValid()) {
        m_notice->showMessage(tr("No receipt to print yet."), MessageWidget::Type::Information,
                              4000);
        return;
    }
    printReceipt(m_lastReceipt);
}

MainWindow::~MainWindow()
{
    // The Terminal outlives us (a language switch rebuilds the window): while our children are
    // torn down, its signals must not reach this half-destroyed window.
    m_terminal->disconnect(this);
    m_terminal->sale().disconnect(this);
    m_terminal->client().disconnect(this);
    m_terminal->cash().disconnect(this);
    m_terminal->journal().disconnect(this);
    qApp->removeEventFilter(this);
}

QMenu *MainWindow::awaitingMenu() const
{
    return m_awaiting->menu();
}

bool MainWindow::isLocked() const
{
    return m_stack->currentWidget() == m_login;
}

void MainWindow::lock()
{
    m_stack->setCurrentWidget(m_login);
    m_idle->stop();
    if (m_backOffice) {
        m_stack->removeWidget(m_backOffice);
        m_backOffice->deleteLater();
    }
    refreshStatus();
}

BackOfficeWindow *MainWindow::backOffice() const
{
    return m_backOffice;
}

bool MainWindow::isBackOfficeShown() const
{
    return m_backOffice && m_stack->currentWidget() == m_backOffice;
}

void MainWindow::showBackOffice()
{
    // The action is hidden from cashiers; this is the second lock (the server is the third).
    if (isLocked() || m_terminal->cashier().role != Cashier::Role::Manager)
        return;
    if (!m_backOffice) {
        m_backOffice = new BackOfficeWindow(m_terminal, this);
        connect(m_backOffice, &BackOfficeWindow::backRequested, this, &MainWindow::showSale);
        m_stack->addWidget(m_backOffice);
    }
    m_stack->setCurrentWidget(m_backOffice);
    if (QWidget *page = m_backOffice->currentPage())
        page->setFocus();
    refreshStatus();
}

void MainWindow::showSale()
{
    m_stack->setCurrentWidget(m_sale);
    m_sale->restoreFocus();
    const int minutes = m_terminal->settings().idleLockMinutes();
    if (m_idleOverrideMs > 0)
        m_idle->start(m_idleOverrideMs);
    else if (minutes > 0)
        m_idle->start(minutes * 60 * 1000);
    refreshStatus();
}

void MainWindow::requestLogout()
{
    warnUnsynced(tr("Log out anyway"), [this] { m_terminal->logout(); });
}

void MainWindow::warnUnsynced(const QString &action, std::function<void()> proceed)
{
    const int unsynced = m_terminal->cash().unsyncedCount();
    if (unsynced == 0) {
        proceed();
        return;
    }
    m_notice->clearActions();
    m_notice->showMessage(tr("%n cash sale(s) have not reached the server yet. They are kept on "
                             "this computer and will be sent when the app runs again.",
                             nullptr, unsynced),
                          MessageWidget::Type::Warning);
    QPushButton *go = m_notice->addAction(action);
    go->setObjectName(u"confirmLeave"_s);
    connect(go, &QPushButton::clicked, this, [this, proceed] {
        m_notice->hideMessage();
        proceed();
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_quitConfirmed || m_terminal->cash().unsyncedCount() == 0) {
        QMainWindow::closeEvent(event);
        return;
    }
    event->ignore();
    warnUnsynced(tr("Quit anyway"), [this] {
        m_quitConfirmed = true;
        close();
    });
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (m_idle->isActive() &&
        (event->type() == QEvent::KeyPress || event->type() == QEvent::MouseButtonPress ||
         event->type() == QEvent::TouchBegin))
        m_idle->start();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setReachable(bool reachable)
{
    if (reachable) {
        if (m_banner->isVisible()) {
            m_banner->showMessage(tr("The server is back."), MessageWidget::Type::Positive, 4000);
        }
    } else {
        m_banner->showMessage(tr("The server cannot be reached. Cash sales still work and will be "
                                 "sent when it is back; LigdiCash is unavailable meanwhile."),
                              MessageWidget::Type::Warning);
    }
    refreshStatus();
}

void MainWindow::refreshStatus()
{
    const Cashier &cashier = m_terminal->cashier();
    if (!cashier.isValid())
        m_cashier->setText(tr("Nobody logged in"));
    else if (cashier.role == Cashier::Role::Manager)
        m_cashier->setText(tr("Manager: %1").arg(cashier.name));
    else
        m_cashier->setText(tr("Cashier: %1").arg(cashier.name));
    m_server->setText(m_terminal->client().isReachable() ? tr("Server: connected")
                                                         : tr("Server: unreachable"));
    const int unsynced = m_terminal->cash().unsyncedCount();
    m_unsynced->setText(tr("%n sale(s) not synced", nullptr, unsynced));
    m_unsynced->setStyleSheet(unsynced > 0 ? u"color: #b35c00; font-weight: bold;"_s : QString());
    const int awaiting = int(m_terminal->sale().awaitingOrders().size());
    m_awaiting->setText(tr("%n payment(s) awaiting confirmation", nullptr, awaiting));
    m_awaiting->setVisible(awaiting > 0);
    const bool manager = cashier.isValid() && cashier.role == Cashier::Role::Manager;
    m_backOfficeAction->setVisible(manager);
    m_backOfficeAction->setEnabled(manager && !isLocked() && !isBackOfficeShown());
}
