#include "SaleController.h"

#include "CashJournal.h"
#include "PaymentWatcher.h"
#include "ServerClient.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSaleController, "comptoir.app.salecontroller")

SaleController::SaleController(SaleJournal *journal, ServerClient *client, CashJournal *cash,
                               PaymentWatcher *watcher, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_client(client)
    , m_cash(cash)
    , m_watcher(watcher)
{
    connect(m_watcher, &PaymentWatcher::settled, this, &SaleController::onSettled);
    connect(m_watcher, &PaymentWatcher::notConfirmedYet, this, [this](const QString &orderId) {
        if (m_journal->order(orderId))
            m_journal->setOrderState(orderId, OrderStatus::Expired);
        if (orderId == m_orderId)
            Q_EMIT paymentNotConfirmedYet(orderId);
    });
}

std::optional<OrderDraft> SaleController::pendingOrder() const
{
    return m_draft;
}

bool SaleController::refuseIfLocked()
{
    if (!isLocked())
        return false;
    Q_EMIT error(tr("The cart is locked while a payment is in progress."));
    return true;
}

void SaleController::journalCart()
{
    if (!m_journal->saveCurrentCart(m_cart, m_orderId))
        Q_EMIT error(
            tr("The sale could not be saved on this computer: %1").arg(m_journal->lastError()));
    Q_EMIT totalChanged();
}

void SaleController::setPhase(PaymentPhase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    Q_EMIT phaseChanged(phase);
}

void SaleController::resetCart(const Cart &cart)
{
    m_cart = cart;
    Q_EMIT cartReset();
}

bool SaleController::refused(Cart::Error problem)
{
    if (problem == Cart::Error::None)
        return false;
    Q_EMIT error(Cart::errorMessage(problem));
    return true;
}

void SaleController::restore()
{
    const SaleJournal::SavedCart saved = m_journal->currentCart();
    resetCart(saved.cart);
    if (!saved.orderId.isEmpty()) {
        const auto order = m_journal->order(saved.orderId);
        if (order && !isSettled(order->state)) {
            m_orderId = saved.orderId;
            m_draft = order->draft;
            m_customerNumber = order->customerNumber;
            m_paymentUrl = order->paymentUrl;
            // A payment the server started (hosted page or pushed to a phone) is followed
            // again; one whose start never finished waits for the cashier to retry it.
            setPhase(order->paymentStarted() ? PaymentPhase::WaitingForCustomer
                                             : PaymentPhase::StartFailed);
            Q_EMIT lockedChanged(true);
        }
    }
    const auto awaiting = m_journal->awaitingOrders();
    for (const auto &order : awaiting) {
        if (order.paymentStarted())
            m_watcher->watch(order.draft.id);
    }
    qCInfo(lcSaleController) << "restored cart with" << m_cart.lineCount() << "lines,"
                             << awaiting.size() << "orders awaiting payment";
    m_cash->flush();
    Q_EMIT totalChanged();
}

bool SaleController::addItem(const Product &item, int quantity)
{
    if (refuseIfLocked())
        return false;
    const qsizetype before = m_cart.lineCount();
    if (refused(m_cart.add(item, quantity)))
        return false;
    if (m_cart.lineCount() > before)
        Q_EMIT lineInserted(int(m_cart.lineCount()) - 1);
    else
        Q_EMIT lineChanged(int(m_cart.indexOf(item.id())));
    journalCart();
    return true;
}

bool SaleController::setQuantity(int row, int quantity)
{
    if (refuseIfLocked() || row < 0 || row >= m_cart.lineCount())
        return false;
    if (quantity == 0)
        return removeLine(row);
    if (m_cart.lines().at(row).quantity == quantity)
        return true;
    if (refused(m_cart.setQuantity(m_cart.lines().at(row).productId, quantity)))
        return false;
    Q_EMIT lineChanged(row);
    journalCart();
    return true;
}

bool SaleController::increment(int row)
{
    if (row < 0 || row >= m_cart.lineCount())
        return false;
    return setQuantity(row, m_cart.lines().at(row).quantity + 1);
}

bool SaleController::decrement(int row)
{
    if (row < 0 || row >= m_cart.lineCount())
        return false;
    // Going below one is a removal, which has its own button: "−" stops at one.
    return setQuantity(row, qMax(1, m_cart.lines().at(row).quantity - 1));
}

bool SaleController::removeLine(int row)
{
    if (refuseIfLocked() || row < 0 || row >= m_cart.lineCount())
        return false;
    if (refused(m_cart.remove(m_cart.lines().at(row).productId)))
        return false;
    Q_EMIT lineRemoved(row);
    journalCart();
    return true;
}

bool SaleController::clear()
{
    if (refuseIfLocked())
        return false;
    if (m_cart.isEmpty())
        return true;
    resetCart({});
    journalCart();
    return true;
}

QString SaleController::hold(const QString &label)
{
    if (refuseIfLocked())
        return {};
    if (m_cart.isEmpty()) {
        Q_EMIT error(tr("The cart is empty: nothing to hold."));
        return {};
    }
    const QString id = m_journal->hold(m_cart, label);
    if (id.isEmpty()) {
        Q_EMIT error(tr("The sale could not be held: %1").arg(m_journal->lastError()));
        return {};
    }
    resetCart({});
    journalCart();
    return id;
}

QList<SaleJournal::SavedCart> SaleController::heldSales() const
{
    return m_journal->heldCarts();
}

bool SaleController::resume(const QString &heldId)
{
    if (refuseIfLocked())
        return false;
    const Cart current = m_cart;
    const SaleJournal::SavedCart held = m_journal->takeHeld(heldId);
    if (held.id.isEmpty()) {
        Q_EMIT error(tr("This held sale no longer exists."));
        return false;
    }
    if (!current.isEmpty())
        m_journal->hold(current, QString());
    resetCart(held.cart);
    journalCart();
    return true;
}

QString SaleController::payByLigdiCash(const QString &customerNumber, const QString &otp)
{
    if (isLocked()) {
        if (m_phase == PaymentPhase::StartFailed && !customerNumber.isEmpty()) {
            m_customerNumber = customerNumber;
            m_otp = otp;
        }
        // A repeat press continues the same order; only a failed start is tried again.
        if (m_phase == PaymentPhase::StartFailed)
            startOnServer();
        return m_orderId;
    }
    if (m_cart.isEmpty()) {
        Q_EMIT error(tr("The cart is empty."));
        return {};
    }
    OrderDraft draft = OrderDraft::create(PaymentMethod::LigdiCash, m_cart);
    if (draft.total.isZero()) {
        Q_EMIT error(tr("The total of this sale is not valid."));
        return {};
    }
    draft.cashierId = m_cashierId;
    if (!m_journal->recordOrder(draft, OrderStatus::AwaitingPayment)) {
        Q_EMIT error(
            tr("The sale could not be saved on this computer: %1").arg(m_journal->lastError()));
        return {};
    }
    m_draft = draft;
    m_orderId = draft.id;
    m_customerNumber = customerNumber;
    m_otp = otp;
    journalCart();
    Q_EMIT lockedChanged(true);
    Q_EMIT awaitingOrdersChanged();
    startOnServer();
    return m_orderId;
}

void SaleController::startOnServer()
{
    if (!m_draft)
        return;
    setPhase(PaymentPhase::CreatingOrder);
    const OrderDraft draft = *m_draft;
    auto fail = [this, id = draft.id](const ServerError &problem) {
        if (id != m_orderId)
            return;
        setPhase(PaymentPhase::StartFailed);
        Q_EMIT paymentStartFailed(id, problem.userMessage());
    };
    m_client->createOrder(
        draft, this, [this, draft, fail](const OrderUpdate &created, const ServerError &problem) {
            if (draft.id != m_orderId)
                return;
            if (!problem.isOk()) {
                fail(problem);
                return;
            }
            if (created.state == OrderStatus::Paid) {
                completeCurrentSale(created);
                return;
            }
            auto started = [this, draft, fail](const OrderUpdate &update,
                                               const ServerError &startProblem) {
                if (draft.id != m_orderId)
                    return;
                if (!startProblem.isOk()) {
                    fail(startProblem);
                    return;
                }
                setPhase(PaymentPhase::WaitingForCustomer);
                if (update.paymentUrl.isValid()) {
                    m_paymentUrl = update.paymentUrl;
                    m_journal->setPaymentUrl(draft.id, update.paymentUrl);
                    Q_EMIT paymentUrlReady(draft.id, update.paymentUrl);
                } else {
                    m_journal->setPaymentPushed(draft.id, m_customerNumber);
                    Q_EMIT paymentPushed(draft.id, m_customerNumber);
                }
                m_watcher->watch(draft.id);
            };
            m_client->startPayment(draft.id, this, started, m_customerNumber, m_otp);
        });
}

void SaleController::unlock()
{
    m_customerNumber.clear();
    m_paymentUrl.clear();
    m_otp.clear();
    m_orderId.clear();
    m_draft.reset();
    setPhase(PaymentPhase::None);
    journalCart();
    Q_EMIT lockedChanged(false);
    Q_EMIT awaitingOrdersChanged();
}

void SaleController::completeCurrentSale(const OrderUpdate &update)
{
    const OrderDraft draft = *m_draft;
    const QString id = m_orderId;
    m_watcher->stop(id);
    m_journal->setOrderState(id, OrderStatus::Paid);
    m_journal->markSynced(id);
    m_cart.clear();
    Q_EMIT cartReset();
    unlock();
    Q_EMIT paymentSettled(id, update);
    Q_EMIT saleCompleted(draft, update);
}

void SaleController::onSettled(const QString &orderId, const OrderUpdate &update)
{
    if (orderId != m_orderId) {
        // An order set aside earlier.
        const auto order = m_journal->order(orderId);
        m_journal->setOrderState(orderId, update.state);
        if (update.state == OrderStatus::Paid)
            m_journal->markSynced(orderId);
        Q_EMIT awaitingOrderSettled(orderId, update);
        Q_EMIT awaitingOrdersChanged();
        if (order && update.state == OrderStatus::Paid)
            Q_EMIT saleCompleted(order->draft, update);
        return;
    }
    if (m_phase == PaymentPhase::Cancelling && update.state == OrderStatus::Cancelled)
        return; // the cancel answer will settle it
    if (update.state == OrderStatus::Paid) {
        OrderUpdate paid = update;
        // The cashier asked to cancel, but the customer had paid: the payment wins.
        paid.paymentWon = paid.paymentWon || m_phase == PaymentPhase::Cancelling;
        completeCurrentSale(paid);
        return;
    }
    m_journal->setOrderState(orderId, update.state);
    unlock();
    Q_EMIT paymentSettled(orderId, update);
}

void SaleController::cancelPayment()
{
    if (!isLocked() || m_phase == PaymentPhase::Cancelling)
        return;
    const QString id = m_orderId;
    const PaymentPhase before = m_phase;
    setPhase(PaymentPhase::Cancelling);
    m_client->cancelOrder(
        id, this, [this, id, before](const OrderUpdate &answer, const ServerError &problem) {
            if (id != m_orderId)
                return;
            if (problem.isOk() && answer.state == OrderStatus::Paid) {
                OrderUpdate won = answer;
                won.paymentWon = true;
                completeCurrentSale(won);
                return;
            }
            // Without a payment URL shown, nobody can have paid: safe to let go locally.
            const bool neverShown =
                before == PaymentPhase::StartFailed || before == PaymentPhase::CreatingOrder;
            const bool cancelled = (problem.isOk() && (answer.state == OrderStatus::Cancelled ||
                                                       answer.state == OrderStatus::Failed)) ||
                                   problem.kind == ServerError::Kind::NotFound || neverShown;
            if (!cancelled) {
                setPhase(before);
                Q_EMIT error(
                    problem.isOk()
                        ? tr("The payment could not be cancelled yet; try again.")
                        : tr("The payment could not be cancelled: %1").arg(problem.userMessage()));
                return;
            }
            m_watcher->stop(id);
            m_journal->setOrderState(id, OrderStatus::Cancelled);
            OrderUpdate update = answer;
            update.orderId = id;
            update.state = OrderStatus::Cancelled;
            unlock();
            Q_EMIT paymentSettled(id, update);
        });
}

bool SaleController::setAside()
{
    if (!isLocked() || m_phase != PaymentPhase::WaitingForCustomer)
        return false;
    qCInfo(lcSaleController) << "order set aside, still watched:" << m_orderId;
    m_cart.clear();
    Q_EMIT cartReset();
    unlock();
    return true;
}

QList<SaleJournal::JournaledOrder> SaleController::awaitingOrders() const
{
    return m_journal->awaitingOrders();
}

std::optional<OrderDraft> SaleController::payCash(Money tendered)
{
    if (refuseIfLocked())
        return std::nullopt;
    if (m_cart.isEmpty()) {
        Q_EMIT error(tr("The cart is empty."));
        return std::nullopt;
    }
    std::optional<OrderDraft> draft = OrderDraft::create(PaymentMethod::Cash, m_cart);
    const auto change = tendered.minus(draft->total);
    if (!change || change->isNegative()) {
        Q_EMIT error(tr("The amount tendered is less than the total."));
        return std::nullopt;
    }
    draft->tendered = tendered;
    draft->change = *change;
    draft->cashierId = m_cashierId;
    if (!m_cash->record(*draft)) {
        Q_EMIT error(
            tr("The sale could not be saved on this computer: %1").arg(m_journal->lastError()));
        return std::nullopt;
    }
    m_cart.clear();
    Q_EMIT cartReset();
    journalCart();
    OrderUpdate update;
    update.orderId = draft->id;
    update.state = OrderStatus::Paid;
    update.total = draft->total;
    Q_EMIT saleCompleted(*draft, update);
    return draft;
}
