#include "SaleScreen.h"

#include "UiResources.h"

#include "CartModel.h"
#include "CashDialog.h"
#include "CatalogModel.h"
#include "PaymentDialog.h"
#include "ProductTileDelegate.h"
#include "Terminal.h"

#include <QAbstractItemDelegate>
#include <QApplication>
#include <QButtonGroup>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QPushButton *actionButton(const QString &name, const QString &text, const QString &icon,
                          QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setFocusPolicy(Qt::NoFocus); // the search field keeps the focus
    button->setMinimumHeight(52);
    if (!icon.isEmpty()) {
        button->setIcon(QIcon(icon));
        button->setIconSize(QSize(22, 22));
    }
    return button;
}

} // namespace

SaleScreen::SaleScreen(Terminal *terminal, QWidget *parent)
    : QWidget(parent)
    , m_terminal(terminal)
    , m_message(new MessageWidget(this))
    , m_search(new QLineEdit(this))
    , m_categoryBar(new QWidget(this))
    , m_categoryLayout(new QHBoxLayout(m_categoryBar))
    , m_categories(new QButtonGroup(this))
    , m_grid(new QListView(this))
    , m_catalogModel(new CatalogModel(&terminal->catalog(), this))
    , m_cart(new QTableView(this))
    , m_cartModel(new CartModel(&terminal->sale(), this))
    , m_total(new QLabel(this))
    , m_lockNotice(new QLabel(this))
    , m_searchTimer(new QTimer(this))
{
    UiResources::ensureLoaded();
    setObjectName(u"saleScreen"_s);
    SaleController &sale = terminal->sale();

    // Left: search, categories, products.
    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Scan or search a product (F2)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumHeight(48);
    m_search->setStyleSheet(u"font-size: 20px; padding: 0 8px;"_s);
    m_search->addAction(QIcon(u":/icons/search.svg"_s), QLineEdit::LeadingPosition);
    m_search->setAccessibleName(tr("Search or scan"));

    m_categoryLayout->setContentsMargins(0, 0, 0, 0);
    m_categoryLayout->setSpacing(6);
    auto *categoryScroll = new QScrollArea(this);
    categoryScroll->setWidget(m_categoryBar);
    categoryScroll->setWidgetResizable(true);
    categoryScroll->setFrameShape(QFrame::NoFrame);
    categoryScroll->setFixedHeight(56);
    categoryScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    categoryScroll->setFocusPolicy(Qt::NoFocus);
    m_categories->setExclusive(true);

    m_grid->setObjectName(u"productGrid"_s);
    m_grid->setModel(m_catalogModel);
    m_tiles = new ProductTileDelegate(m_grid);
    m_grid->setItemDelegate(m_tiles);
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setUniformItemSizes(true);
    m_grid->setSpacing(2);
    m_grid->setWrapping(true);
    m_grid->setFocusPolicy(Qt::NoFocus);
    m_grid->setMouseTracking(true);
    m_grid->setSelectionMode(QAbstractItemView::NoSelection);
    m_grid->setStyleSheet(u"QListView { background: #eef1f4; border: none; }"_s);
    m_grid->viewport()->installEventFilter(this);

    auto *left = new QVBoxLayout;
    left->setSpacing(8);
    left->addWidget(m_search);
    left->addWidget(categoryScroll);
    left->addWidget(m_grid, 1);

    // Right: cart, line buttons, total, payment.
    m_cart->setObjectName(u"cart"_s);
    m_cart->setModel(m_cartModel);
    m_cart->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cart->setSelectionMode(QAbstractItemView::SingleSelection);
    m_cart->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_cart->verticalHeader()->hide();
    m_cart->verticalHeader()->setDefaultSectionSize(40);
    m_cart->horizontalHeader()->setSectionResizeMode(CartModel::NameColumn, QHeaderView::Stretch);
    // Fixed widths that fit "99 999 FCFA" and "9999": ResizeToContents only measures the rows
    // on screen when the header is laid out, which cut amounts added later.
    const QFontMetrics metrics(QFont(font().family(), 11));
    const int money = metrics.horizontalAdvance(u"999\u00A0999\u00A0FCFA"_s) + 24;
    for (const auto &[column, width] : {std::pair{int(CartModel::UnitPriceColumn), money},
                                        std::pair{int(CartModel::QuantityColumn), 64},
                                        std::pair{int(CartModel::TotalColumn), money + 12}}) {
        m_cart->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Fixed);
        m_cart->horizontalHeader()->resizeSection(column, width);
    }
    m_cart->setAlternatingRowColors(true);
    m_cart->setFocusPolicy(Qt::ClickFocus);
    m_cart->setStyleSheet(u"QTableView { font-size: 15px; }"_s);

    auto *lineButtons = new QHBoxLayout;
    lineButtons->setSpacing(6);
    lineButtons->addWidget(actionButton(u"plus"_s, tr("+1\nCtrl++"), {}, this));
    lineButtons->addWidget(actionButton(u"minus"_s, tr("−1\nCtrl+−"), {}, this));
    lineButtons->addWidget(actionButton(u"quantity"_s, tr("Qty\nF4"), {}, this));
    lineButtons->addWidget(
        actionButton(u"remove"_s, tr("Remove\nDel"), u":/icons/remove.svg"_s, this));
    lineButtons->addWidget(actionButton(u"clear"_s, tr("Clear\nCtrl+Del"), {}, this));

    auto *holdButtons = new QHBoxLayout;
    holdButtons->addWidget(
        actionButton(u"hold"_s, tr("Hold sale (F6)"), u":/icons/hold.svg"_s, this));
    holdButtons->addWidget(
        actionButton(u"resume"_s, tr("Resume (F7)"), u":/icons/resume.svg"_s, this));
    holdButtons->addWidget(
        actionButton(u"ligdicashDirect"_s, tr("By number (Shift+F9)"), {}, this));

    m_total->setObjectName(u"total"_s);
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_total->setStyleSheet(u"font-size: 40px; font-weight: bold; color: #14213d;"_s);
    auto *totalCaption = new QLabel(tr("Total"), this);
    totalCaption->setStyleSheet(u"font-size: 20px; color: #555;"_s);
    auto *totalRow = new QHBoxLayout;
    totalRow->addWidget(totalCaption);
    totalRow->addWidget(m_total, 1);

    m_lockNotice->setObjectName(u"lockNotice"_s);
    m_lockNotice->setWordWrap(true);
    m_lockNotice->setStyleSheet(u"color: #8a5a00; font-size: 14px;"_s);

    auto *cash = actionButton(u"cash"_s, tr("Cash\nF8"), u":/icons/cash.svg"_s, this);
    auto *ligdicash =
        actionButton(u"ligdicash"_s, tr("LigdiCash\nF9"), u":/icons/phone.svg"_s, this);
    cash->setMinimumHeight(72);
    ligdicash->setMinimumHeight(72);
    cash->setIconSize(QSize(30, 30));
    ligdicash->setIconSize(QSize(30, 30));
    cash->setStyleSheet(
        u"QPushButton { background: #2e9d4a; color: white; font-size: 20px; font-weight: bold;"
        " border-radius: 8px; } QPushButton:disabled { background: #b5cdb9; }"_s);
    ligdicash->setStyleSheet(
        u"QPushButton { background: #e86a10; color: white; font-size: 20px; font-weight: bold;"
        " border-radius: 8px; } QPushButton:disabled { background: #e9c3a6; }"_s);
    auto *payRow = new QHBoxLayout;
    payRow->setSpacing(8);
    payRow->addWidget(cash);
    payRow->addWidget(ligdicash);

    auto *right = new QVBoxLayout;
    right->setSpacing(8);
    right->addWidget(m_cart, 1);
    right->addLayout(lineButtons);
    right->addLayout(holdButtons);
    right->addWidget(m_lockNotice);
    right->addLayout(totalRow);
    right->addLayout(payRow);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(12);
    columns->addLayout(left, 11);
    columns->addLayout(right, 9);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(10, 8, 10, 8);
    outer->addWidget(m_message);
    outer->addLayout(columns, 1);

    // Behaviour.
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(40); // a scanner's burst of keys makes one query
    connect(m_searchTimer, &QTimer::timeout, this,
            [this] { m_catalogModel->setFilter(m_search->text(), m_category); });
    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            m_catalogModel->setFilter(QString(), m_category);
    });
    connect(m_search, &QLineEdit::returnPressed, this, &SaleScreen::submitSearch);
    connect(m_grid, &QListView::clicked, this, [this](const QModelIndex &index) {
        addProduct(index.data(CatalogModel::ItemRole).value<Product>());
    });

    connect(button(u"plus"_s), &QPushButton::clicked, this, &SaleScreen::incrementCurrent);
    connect(button(u"minus"_s), &QPushButton::clicked, this, &SaleScreen::decrementCurrent);
    connect(button(u"quantity"_s), &QPushButton::clicked, this, &SaleScreen::editQuantity);
    connect(button(u"remove"_s), &QPushButton::clicked, this, &SaleScreen::removeCurrent);
    connect(button(u"clear"_s), &QPushButton::clicked, this, &SaleScreen::requestClear);
    connect(button(u"hold"_s), &QPushButton::clicked, this, &SaleScreen::holdSale);
    connect(button(u"resume"_s), &QPushButton::clicked, this, &SaleScreen::showHeldSales);
    connect(cash, &QPushButton::clicked, this, &SaleScreen::openCash);
    connect(ligdicash, &QPushButton::clicked, this, &SaleScreen::openLigdiCash);
    connect(button(u"ligdicashDirect"_s), &QPushButton::clicked, this,
            &SaleScreen::openLigdiCashDirect);

    const QList<std::pair<QKeySequence, void (SaleScreen::*)()>> keys{
        {QKeySequence(Qt::Key_F2), &SaleScreen::restoreFocus},
        {QKeySequence(Qt::Key_F4), &SaleScreen::editQuantity},
        {QKeySequence(Qt::Key_F6), &SaleScreen::holdSale},
        {QKeySequence(Qt::Key_F7), &SaleScreen::showHeldSales},
        {QKeySequence(Qt::Key_F8), &SaleScreen::openCash},
        {QKeySequence(Qt::Key_F9), &SaleScreen::openLigdiCash},
        {QKeySequence(Qt::SHIFT | Qt::Key_F9), &SaleScreen::openLigdiCashDirect},
        {QKeySequence(Qt::CTRL | Qt::Key_Plus), &SaleScreen::incrementCurrent},
        {QKeySequence(Qt::CTRL | Qt::Key_Equal), &SaleScreen::incrementCurrent},
        {QKeySequence(Qt::CTRL | Qt::Key_Minus), &SaleScreen::decrementCurrent},
        {QKeySequence(Qt::Key_Escape), &SaleScreen::goBack},
    };
    for (const auto &[sequence, slot] : keys) {
        auto *shortcut = new QShortcut(sequence, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    }
    // Delete and Ctrl+Delete are line-edit keys: the search field's filter routes them.
    m_search->installEventFilter(this);

    connect(m_cart->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
            &SaleScreen::restoreFocus);
    connect(&sale, &SaleController::totalChanged, this, &SaleScreen::refreshState);
    connect(&sale, &SaleController::lockedChanged, this, &SaleScreen::refreshState);
    connect(&sale, &SaleController::cartReset, this, &SaleScreen::refreshState);
    connect(&sale, &SaleController::lineInserted, this, [this](int row) { selectRow(row); });
    connect(&sale, &SaleController::lineChanged, this, [this](int row) { selectRow(row); });
    connect(&sale, &SaleController::error, this,
            [this](const QString &message) { showMessage(message, MessageWidget::Type::Error); });
    connect(&sale, &SaleController::saleCompleted, this,
            [this](const OrderDraft &order, const OrderUpdate &) {
                if (order.method == PaymentMethod::Cash)
                    showMessage(tr("Sale recorded. Change: %1").arg(order.change.toString()),
                                MessageWidget::Type::Positive, 8000);
                else
                    showMessage(
                        tr("LigdiCash payment of %1 confirmed.").arg(order.total.toString()),
                        MessageWidget::Type::Positive, 8000);
            });
    connect(&sale, &SaleController::awaitingOrderSettled, this,
            [this](const QString &, const OrderUpdate &update) {
                if (update.state == OrderStatus::Paid)
                    showMessage(tr("A payment set aside earlier is now confirmed (%1).")
                                    .arg(update.total.toString()),
                                MessageWidget::Type::Positive, 10000);
            });
    connect(&terminal->catalog(), &CatalogCache::changed, this, &SaleScreen::refreshCategories);
    connect(&terminal->client(), &ServerClient::reachabilityChanged, this,
            &SaleScreen::setServerReachable);

    refreshCategories();
    refreshState();
}

SaleScreen::~SaleScreen()
{
    // Tearing down closes an open quantity editor, which commits and makes the (longer-lived)
    // sale signal: none of that may call back into a half-destroyed screen.
    m_cart->itemDelegate()->disconnect(this);
    m_terminal->sale().disconnect(this);
    m_terminal->client().disconnect(this);
    m_terminal->catalog().disconnect(this);
}

PaymentDialog *SaleScreen::paymentDialog() const
{
    return m_payment;
}

CashDialog *SaleScreen::cashDialog() const
{
    return m_cashDialog;
}

QPushButton *SaleScreen::button(const QString &objectName) const
{
    return findChild<QPushButton *>(objectName);
}

void SaleScreen::showMessage(const QString &text, MessageWidget::Type type, int autoHideMs)
{
    m_message->clearActions();
    m_message->showMessage(text, type, autoHideMs);
}

bool SaleScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_grid->viewport() && event->type() == QEvent::Resize) {
        // Tiles share the whole width: as many columns of at least the minimum width as fit.
        const int available = m_grid->viewport()->width() - 2;
        const int step = ProductTileDelegate::kWidth + 2 * m_grid->spacing();
        const int columns = qMax(1, available / step);
        m_tiles->setTileWidth(available / columns - 2 * m_grid->spacing());
        m_grid->doItemsLayout();
    }
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::ControlModifier) {
            requestClear();
            return true;
        }
        // Delete removes the current line unless the cashier is editing the search text.
        if (key->key() == Qt::Key_Delete && m_search->text().isEmpty()) {
            removeCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SaleScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Back from the PIN pad (e.g. after a restart) with a LigdiCash payment on its way: show it
    // waiting, without making the cashier press F9 to find it.
    if (m_terminal->sale().phase() == SaleController::PaymentPhase::WaitingForCustomer)
        QTimer::singleShot(0, this, &SaleScreen::openLigdiCash);
}

void SaleScreen::restoreFocus()
{
    if (isVisible() && !window()->isActiveWindow() && !QApplication::activeModalWidget() &&
        !QApplication::activePopupWidget())
        window()->activateWindow();
    m_search->setFocus(Qt::OtherFocusReason);
    m_search->selectAll();
}

void SaleScreen::submitSearch()
{
    const QString typed = m_search->text().trimmed();
    if (typed.isEmpty())
        return;
    // "3*6001234567890": three of that product, as on most tills.
    int quantity = 1;
    QString code = typed;
    const qsizetype star = typed.indexOf(u'*');
    if (star > 0) {
        bool ok = false;
        const int count = typed.left(star).trimmed().toInt(&ok);
        if (ok && count > 0) {
            quantity = count;
            code = typed.mid(star + 1).trimmed();
        }
    }
    if (const auto item = m_terminal->catalog().findExact(code)) {
        addProduct(*item, quantity);
        return;
    }
    const auto matches = m_terminal->catalog().search(code, m_category, 2);
    if (matches.size() == 1) {
        addProduct(matches.first(), quantity);
        return;
    }
    showMessage(matches.isEmpty()
                    ? tr("No product matches “%1”.").arg(code)
                    : tr("Several products match “%1”: touch the right one.").arg(code),
                matches.isEmpty() ? MessageWidget::Type::Error : MessageWidget::Type::Information);
    m_search->selectAll();
}

void SaleScreen::addProduct(const Product &item, int quantity)
{
    if (item.id().isEmpty())
        return;
    if (m_terminal->sale().addItem(item, quantity)) {
        m_search->clear();
        if (m_message->isVisible() && m_message->type() != MessageWidget::Type::Positive)
            m_message->hideMessage();
    }
    restoreFocus();
}

int SaleScreen::currentRow() const
{
    const QModelIndex current = m_cart->currentIndex();
    if (current.isValid())
        return current.row();
    return m_cartModel->rowCount() - 1;
}

void SaleScreen::selectRow(int row)
{
    m_cart->setCurrentIndex(m_cartModel->index(row, CartModel::NameColumn));
    m_cart->scrollTo(m_cart->currentIndex());
}

void SaleScreen::editQuantity()
{
    const int row = currentRow();
    if (row < 0 || m_terminal->sale().isLocked())
        return;
    const QModelIndex index = m_cartModel->index(row, CartModel::QuantityColumn);
    m_cart->setCurrentIndex(index);
    m_cart->setFocus();
    m_cart->edit(index);
}

void SaleScreen::incrementCurrent()
{
    m_terminal->sale().increment(currentRow());
    restoreFocus();
}

void SaleScreen::decrementCurrent()
{
    m_terminal->sale().decrement(currentRow());
    restoreFocus();
}

void SaleScreen::removeCurrent()
{
    const int row = currentRow();
    if (row >= 0 && m_terminal->sale().removeLine(row) && m_cartModel->rowCount() > 0)
        selectRow(qMin(row, m_cartModel->rowCount() - 1));
    restoreFocus();
}

void SaleScreen::requestClear()
{
    SaleController &sale = m_terminal->sale();
    if (sale.isEmpty() || sale.isLocked()) {
        restoreFocus();
        return;
    }
    // Confirmed inline: the cashier can answer or simply carry on scanning.
    m_message->clearActions();
    m_message->showMessage(tr("Clear the cart (%n line(s))?", nullptr, int(sale.lines().size())),
                           MessageWidget::Type::Warning);
    QPushButton *yes = m_message->addAction(tr("Yes, clear"));
    yes->setObjectName(u"confirmClear"_s);
    QPushButton *no = m_message->addAction(tr("No"));
    connect(yes, &QPushButton::clicked, this, [this] {
        m_terminal->sale().clear();
        m_message->hideMessage();
        restoreFocus();
    });
    connect(no, &QPushButton::clicked, m_message, &MessageWidget::hideMessage);
    restoreFocus();
}

void SaleScreen::holdSale()
{
    if (!m_terminal->sale().hold().isEmpty())
        showMessage(tr("Sale held. Resume it with F7."), MessageWidget::Type::Information, 5000);
    restoreFocus();
}

void SaleScreen::showHeldSales()
{
    const auto held = m_terminal->sale().heldSales();
    if (held.isEmpty()) {
        showMessage(tr("No sale is on hold."), MessageWidget::Type::Information, 4000);
        restoreFocus();
        return;
    }
    auto *menu = new QMenu(this);
    menu->setObjectName(u"heldMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (const auto &cart : held) {
        const QString when =
            QLocale().toString(cart.updatedAt.toLocalTime().time(), QLocale::ShortFormat);
        const QString total = cart.cart.total().toString();
        QAction *action = menu->addAction(
            tr("%1 — %n line(s), %2", nullptr, int(cart.cart.lineCount())).arg(when, total));
        action->setData(cart.id);
        connect(action, &QAction::triggered, this, [this, id = cart.id] { resumeHeld(id); });
    }
    QPushButton *resume = button(u"resume"_s);
    menu->popup(resume->mapToGlobal(QPoint(0, resume->height())));
}

void SaleScreen::resumeHeld(const QString &heldId)
{
    if (m_terminal->sale().resume(heldId))
        showMessage(tr("Sale resumed."), MessageWidget::Type::Information, 3000);
    refreshState();
    restoreFocus();
}

void SaleScreen::openCash()
{
    SaleController &sale = m_terminal->sale();
    if ((m_cashDialog && m_cashDialog->isVisible()) || (m_payment && m_payment->isVisible()))
        return;
    if (sale.isLocked()) {
        showMessage(tr("A LigdiCash payment is in progress for this cart."),
                    MessageWidget::Type::Warning);
        return;
    }
    if (sale.isEmpty()) {
        showMessage(tr("The cart is empty."), MessageWidget::Type::Information, 3000);
        return;
    }
    m_cashDialog = new CashDialog(sale.total(), this);
    m_cashDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_cashDialog, &QDialog::accepted, this, [this] {
        if (const auto tendered = m_cashDialog->tendered())
            m_terminal->sale().payCash(*tendered);
    });
    connect(m_cashDialog, &QDialog::finished, this, &SaleScreen::restoreFocus);
    m_cashDialog->open();
}

void SaleScreen::openLigdiCash()
{
    SaleController &sale = m_terminal->sale();
    if ((m_cashDialog && m_cashDialog->isVisible()) || (m_payment && m_payment->isVisible()))
        return;
    if (!sale.isLocked() && sale.isEmpty()) {
        showMessage(tr("The cart is empty."), MessageWidget::Type::Information, 3000);
        return;
    }
    if (!sale.isLocked() && !m_reachable) {
        showMessage(tr("LigdiCash needs the server, which cannot be reached. Cash still works."),
                    MessageWidget::Type::Warning);
        return;
    }
    m_payment = new PaymentDialog(&sale, this);
    m_payment->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_payment, &PaymentDialog::cashRequested, this,
            [this] { QTimer::singleShot(0, this, &SaleScreen::openCash); });
    connect(m_payment, &QDialog::finished, this, &SaleScreen::restoreFocus);
    m_payment->open();
    if (sale.isLocked()) {
        // Reopened (e.g. after a restart): the dialog follows the order already on its way;
        // only a start that never finished is tried again (same order, never a second one).
        if (sale.phase() == SaleController::PaymentPhase::StartFailed)
            sale.payByLigdiCash();
        return;
    }
    sale.payByLigdiCash();
}

void SaleScreen::openLigdiCashDirect()
{
    SaleController &sale = m_terminal->sale();
    if ((m_cashDialog && m_cashDialog->isVisible()) || (m_payment && m_payment->isVisible()))
        return;
    if (sale.isLocked()) {
        openLigdiCash(); // a payment is already on its way: show it
        return;
    }
    if (sale.isEmpty()) {
        showMessage(tr("The cart is empty."), MessageWidget::Type::Information, 3000);
        return;
    }
    if (!m_reachable) {
        showMessage(tr("LigdiCash needs the server, which cannot be reached. Cash still works."),
                    MessageWidget::Type::Warning);
        return;
    }
    m_payment = new PaymentDialog(&sale, this);
    m_payment->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_payment, &PaymentDialog::cashRequested, this,
            [this] { QTimer::singleShot(0, this, &SaleScreen::openCash); });
    connect(m_payment, &QDialog::finished, this, &SaleScreen::restoreFocus);
    m_payment->askForNumber();
    m_payment->open();
}

void SaleScreen::goBack()
{
    if (m_message->isVisible()) {
        m_message->hideMessage();
    } else if (!m_search->text().isEmpty()) {
        m_search->clear();
    } else if (!m_category.isEmpty()) {
        if (QAbstractButton *all = m_categories->button(0))
            all->click();
    }
    restoreFocus();
}

void SaleScreen::refreshCategories()
{
    const QList<QAbstractButton *> old = m_categories->buttons();
    for (QAbstractButton *button : old) {
        m_categories->removeButton(button);
        delete button;
    }
    QStringList names = m_terminal->catalog().categories();
    if (!names.contains(m_category))
        m_category.clear();
    names.prepend(QString());
    int id = 0;
    for (const QString &name : std::as_const(names)) {
        auto *button = new QPushButton(name.isEmpty() ? tr("All") : name, m_categoryBar);
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus);
        button->setMinimumHeight(48);
        button->setMinimumWidth(90);
        button->setChecked(name == m_category);
        button->setStyleSheet(
            u"QPushButton { font-size: 15px; padding: 0 14px; border: 1px solid #b9c2cc; "
            "border-radius: 6px; background: white; } QPushButton:checked { background: #14213d;"
            " color: white; }"_s);
        m_categories->addButton(button, id++);
        m_categoryLayout->insertWidget(m_categoryLayout->count(), button);
        connect(button, &QPushButton::clicked, this, [this, name] {
            m_category = name;
            m_catalogModel->setFilter(m_search->text(), m_category);
            restoreFocus();
        });
    }
    m_catalogModel->setFilter(m_search->text(), m_category);
}

void SaleScreen::setServerReachable(bool reachable)
{
    m_reachable = reachable;
    refreshState();
}

void SaleScreen::refreshState()
{
    const SaleController &sale = m_terminal->sale();
    const bool locked = sale.isLocked();
    const bool empty = sale.isEmpty();
    m_total->setText(sale.total().toString());
    for (const QString &name :
         {u"plus"_s, u"minus"_s, u"quantity"_s, u"remove"_s, u"clear"_s, u"hold"_s})
        button(name)->setEnabled(!locked && !empty);
    button(u"resume"_s)->setEnabled(!locked);
    button(u"cash"_s)->setEnabled(!locked && !empty);
    button(u"ligdicashDirect"_s)->setEnabled(!locked && !empty && m_reachable);
    QPushButton *ligdicash = button(u"ligdicash"_s);
    ligdicash->setEnabled(locked || (!empty && m_reachable));
    ligdicash->setToolTip(m_reachable ? tr("Pay with LigdiCash mobile money (F9)")
                                      : tr("Unavailable: the server cannot be reached."));
    m_lockNotice->setVisible(locked);
    m_lockNotice->setText(tr("A LigdiCash payment is in progress: the cart is locked until it is "
                             "paid or cancelled. Press F9 to see it."));
}
