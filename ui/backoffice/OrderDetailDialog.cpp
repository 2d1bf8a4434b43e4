#include "OrderDetailDialog.h"

#include "MessageWidget.h"
#include "Receipt.h"
#include "ReceiptPrinter.h"
#include "Terminal.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOrderDetail, "comptoir.ui.orderdetaildialog")

namespace {

constexpr int kMaxNote = 500;

QString timeText(const QDateTime &time)
{
    if (!time.isValid())
        return u"—"_s;
    return QLocale().toString(time.toLocalTime(), u"dd/MM/yyyy HH:mm:ss"_s);
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? u"—"_s : text;
}

QTableWidgetItem *item(const QString &text, Qt::Alignment alignment = Qt::AlignLeft)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setData(Qt::TextAlignmentRole, int((alignment | Qt::AlignVCenter).toInt()));
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return cell;
}

// The receipt as the sale screen prints it, rebuilt from what the server kept.
Receipt receiptFor(const HistoryOrderDetail &detail, Terminal *terminal)
{
    Receipt receipt;
    receipt.shopName = terminal->settings().shopName();
    receipt.shopAddress = terminal->settings().shopAddress();
    receipt.terminalName = detail.order.terminalName;
    receipt.cashierName = detail.order.cashierName;
    receipt.orderId = detail.order.id;
    receipt.at = (detail.paidAt.isValid() ? detail.paidAt : detail.order.createdAt).toLocalTime();
    using Line = decltype(receipt.lines)::value_type;
    for (const OrderLine &orderLine : detail.lines) {
        Line line;
        line.productId = orderLine.productId;
        line.name = orderLine.name;
        line.quantity = orderLine.quantity;
        line.unitPrice = orderLine.unitPrice;
        receipt.lines.append(line);
    }
    receipt.total = detail.order.total;
    using Method = decltype(receipt.method);
    receipt.method = detail.order.method == PaymentMethod::Cash ? Method::Cash : Method::LigdiCash;
    receipt.tendered = detail.tendered.value_or(Money());
    receipt.change = detail.change.value_or(Money());
    receipt.reference = detail.order.reference;
    receipt.operatorName = detail.order.operatorName;
    return receipt;
}

} // namespace

OrderDetailDialog::OrderDetailDialog(BackOfficeClient *client, Terminal *terminal,
                                     const QString &orderId, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_terminal(terminal)
    , m_orderId(orderId)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_message(new MessageWidget(this))
    , m_lines(new QTableWidget(0, 4, this))
    , m_linesTotal(new QLabel(this))
    , m_timeline(new QTableWidget(0, 3, this))
    , m_reviewBox(new QGroupBox(tr("Review"), this))
    , m_reviewState(new QLabel(m_reviewBox))
    , m_reviewNote(new QLineEdit(m_reviewBox))
    , m_reviewButton(new QPushButton(tr("Mark reviewed"), m_reviewBox))
    , m_verify(new QPushButton(tr("Re-verify now"), this))
    , m_reprint(new QPushButton(tr("Reprint receipt"), this))
{
    setObjectName(u"orderDetail"_s);
    setWindowTitle(tr("Order"));
    resize(1060, 680);
    m_message->hide();

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(u"status"_s);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_status);

    auto *paymentBox = new QGroupBox(tr("Payment"), this);
    auto *form = new QFormLayout(paymentBox);
    m_form = form;
    form->setLabelAlignment(Qt::AlignRight);
    addField(form, u"created"_s, tr("Created"));
    addField(form, u"paidAt"_s, tr("Paid at"));
    addField(form, u"method"_s, tr("Method"));
    addField(form, u"terminal"_s, tr("Till"));
    addField(form, u"cashier"_s, tr("Cashier"));
    addField(form, u"operator"_s, tr("Operator"));
    addField(form, u"customer"_s, tr("Customer number"));
    addField(form, u"reference"_s, tr("LigdiCash reference"));
    addField(form, u"requestReference"_s, tr("Request reference"));
    addField(form, u"tokenHint"_s, tr("Invoice token"));
    addField(form, u"paid"_s, tr("Amount paid"));
    addField(form, u"cash"_s, tr("Cash tendered / change"));

    auto *linesBox = new QGroupBox(tr("Lines"), this);
    auto *linesLayout = new QVBoxLayout(linesBox);
    m_lines->setObjectName(u"lines"_s);
    m_lines->setHorizontalHeaderLabels({tr("Product"), tr("Qty"), tr("Unit price"), tr("Total")});
    m_lines->verticalHeader()->hide();
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionMode(QAbstractItemView::NoSelection);
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_lines->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    QFont totalFont = m_linesTotal->font();
    totalFont.setBold(true);
    m_linesTotal->setFont(totalFont);
    m_linesTotal->setAlignment(Qt::AlignRight);
    linesLayout->addWidget(m_lines);
    linesLayout->addWidget(m_linesTotal);

    auto *top = new QHBoxLayout;
    top->addWidget(paymentBox, 2);
    top->addWidget(linesBox, 3);

    auto *timelineBox = new QGroupBox(tr("Timeline"), this);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    m_timeline->setObjectName(u"timeline"_s);
    m_timeline->setHorizontalHeaderLabels({tr("Time"), tr("Event"), tr("Details")});
    m_timeline->verticalHeader()->hide();
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->setWordWrap(true);
    m_timeline->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_timeline->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_timeline->horizontalHeader()->setStretchLastSection(true);
    timelineLayout->addWidget(m_timeline);

    m_reviewBox->setObjectName(u"reviewBox"_s);
    m_reviewState->setWordWrap(true);
    m_reviewNote->setObjectName(u"reviewNote"_s);
    m_reviewNote->setMaxLength(kMaxNote);
    m_reviewNote->setPlaceholderText(tr("What was checked, e.g. “customer paid the difference "
                                        "in cash”"));
    m_reviewButton->setObjectName(u"reviewButton"_s);
    auto *reviewLayout = new QVBoxLayout(m_reviewBox);
    reviewLayout->addWidget(m_reviewState);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_reviewNote, 1);
    noteRow->addWidget(m_reviewButton);
    reviewLayout->addLayout(noteRow);
    m_reviewBox->hide();
    connect(m_reviewNote, &QLineEdit::returnPressed, this, &OrderDetailDialog::markReviewed);
    connect(m_reviewButton, &QPushButton::clicked, this, &OrderDetailDialog::markReviewed);

    m_verify->setObjectName(u"verifyButton"_s);
    m_verify->setToolTip(tr("Ask LigdiCash again now whether this order was paid"));
    m_reprint->setObjectName(u"reprintButton"_s);
    m_verify->setAutoDefault(false);
    m_reprint->setAutoDefault(false);
    connect(m_verify, &QPushButton::clicked, this, &OrderDetailDialog::reverify);
    connect(m_reprint, &QPushButton::clicked, this, &OrderDetailDialog::reprint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_verify);
    actions->addWidget(m_reprint);
    actions->addStretch(1);
    actions->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addLayout(top, 3);
    layout->addWidget(timelineBox, 4);
    layout->addWidget(m_reviewBox);
    layout->addLayout(actions);

    m_title->setText(tr("Order %1").arg(orderId.left(8)));
    setBusy(true);
    reload();
}

QLabel *OrderDetailDialog::addField(QFormLayout *form, const QString &name, const QString &label)
{
    auto *value = new QLabel(u"—"_s, this);
    value->setObjectName(name);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, value);
    m_fields.insert(name, value);
    return value;
}

QString OrderDetailDialog::fieldText(const QString &name) const
{
    const QLabel *label = m_fields.value(name);
    return label ? label->text() : QString();
}

void OrderDetailDialog::setBusy(bool busy)
{
    const bool loaded = m_detail.isValid();
    m_verify->setEnabled(!busy && loaded && m_detail.order.method == PaymentMethod::LigdiCash);
    m_reprint->setEnabled(!busy && loaded && m_detail.order.status == OrderStatus::Paid);
    m_reviewButton->setEnabled(!busy && loaded);
}

void OrderDetailDialog::reload()
{
    setBusy(true);
    m_client->fetchOrder(
        m_orderId, this, [this](const HistoryOrderDetail &detail, const ServerError &error) {
            if (!error.isOk()) {
                m_message->showMessage(error.userMessage(), MessageWidget::Type::Error);
                setBusy(false);
                return;
            }
            display(detail);
            setBusy(false);
        });
}

void OrderDetailDialog::display(const HistoryOrderDetail &detail)
{
    m_detail = detail;
    const HistoryOrder &order = detail.order;
    setWindowTitle(tr("Order %1").arg(order.id));
    m_title->setText(tr("Order %1 — %2").arg(order.id.left(8), order.total.toString()));
    m_title->setToolTip(order.id);
    m_status->setText(orderStatusDisplayName(order.status));
    const char *colour = order.status == OrderStatus::Paid              ? "#1b7f3b"
                         : order.status == OrderStatus::AwaitingPayment ? "#b35c00"
                         : order.status == OrderStatus::Failed          ? "#b02020"
                                                                        : "#606060";
    m_status->setStyleSheet(
        u"QLabel { color: white; background: %1; border-radius: 4px; padding: 3px 10px; "
        "font-weight: bold; }"_s.arg(QLatin1StringView(colour)));

    auto set = [this](const QString &name, const QString &text) {
        m_fields.value(name)->setText(orDash(text));
    };
    set(u"created"_s, timeText(order.createdAt));
    set(u"paidAt"_s, detail.paidAt.isValid() ? timeText(detail.paidAt) : QString());
    QString method = paymentMethodDisplayName(order.method);
    if (detail.paymentKind == "hosted"_L1)
        method = tr("%1 (payment page)").arg(method);
    else if (detail.paymentKind == "direct"_L1)
        method = tr("%1 (approved on the phone)").arg(method);
    set(u"method"_s, method);
    set(u"terminal"_s, order.terminalName.isEmpty() ? order.terminalId : order.terminalName);
    set(u"cashier"_s, order.cashierName.isEmpty() ? order.cashierId : order.cashierName);
    set(u"operator"_s, order.operatorName);
    set(u"customer"_s, order.customerNumber);
    set(u"reference"_s, order.reference);
    set(u"requestReference"_s, detail.requestReference);
    set(u"tokenHint"_s, detail.invoiceTokenHint);
    set(u"paid"_s, order.paidAmount ? order.paidAmount->toString() : QString());
    // Only the rows that mean something for how this order was paid.
    const bool cash = order.method == PaymentMethod::Cash;
    for (const char *name : {"operator", "customer", "reference", "requestReference", "tokenHint"})
        m_form->setRowVisible(m_fields.value(QString::fromLatin1(name)), !cash);
    m_form->setRowVisible(m_fields.value(u"cash"_s), cash);
    set(u"cash"_s, detail.tendered ? tr("%1 / %2").arg(detail.tendered->toString(),
                                                       detail.change.value_or(Money()).toString())
                                   : QString());

    m_lines->setRowCount(int(detail.lines.size()));
    for (int row = 0; row < detail.lines.size(); ++row) {
        const OrderLine &line = detail.lines.at(row);
        m_lines->setItem(row, 0, item(line.name));
        m_lines->setItem(row, 1, item(QLocale().toString(line.quantity), Qt::AlignRight));
        m_lines->setItem(row, 2, item(line.unitPrice.toString(), Qt::AlignRight));
        m_lines->setItem(row, 3, item(line.lineTotal.toString(), Qt::AlignRight));
    }
    m_linesTotal->setText(tr("Total: %1").arg(order.total.toString()));

    m_timeline->setRowCount(int(detail.timeline.size()));
    for (int row = 0; row < detail.timeline.size(); ++row) {
        const HistoryEvent &event = detail.timeline.at(row);
        m_timeline->setItem(row, 0, item(timeText(event.at)));
        auto *kind = item(event.kindText());
        if (event.isWarning()) {
            kind->setForeground(QColor(0xb0, 0x20, 0x20));
            QFont bold = kind->font();
            bold.setBold(true);
            kind->setFont(bold);
        }
        m_timeline->setItem(row, 1, kind);
        auto *details = item(event.detailText());
        details->setToolTip(event.detailText());
        m_timeline->setItem(row, 2, details);
    }
    m_timeline->resizeRowsToContents();

    if (order.isFlagged()) {
        const bool mismatch = order.amountMismatch;
        QString text = mismatch
                           ? tr("LigdiCash confirmed %1 for an order of %2: the amounts differ.")
                                 .arg(order.paidAmount ? order.paidAmount->toString() : u"?"_s,
                                      order.total.toString())
                           : tr("LigdiCash confirmed this payment after the order was closed.");
        if (mismatch && order.paidLate)
            text += u' ' + tr("It was also confirmed after the order was closed.");
        if (!order.reviewed)
            m_message->showMessage(text + u' ' + tr("A manager should review it."),
                                   MessageWidget::Type::Warning);
        else
            m_message->showMessage(text, MessageWidget::Type::Information);
        m_reviewBox->show();
        if (order.reviewed)
            m_reviewState->setText(tr("Reviewed by %1 on %2: %3")
                                       .arg(orDash(detail.reviewedByName),
                                            timeText(detail.reviewedAt),
                                            orDash(detail.reviewNote)));
        else
            m_reviewState->setText(tr("Not reviewed yet."));
        m_reviewButton->setText(order.reviewed ? tr("Replace the note") : tr("Mark reviewed"));
    } else {
        m_reviewBox->hide();
    }
}

void OrderDetailDialog::reverify()
{
    if (!m_detail.isValid())
        return;
    setBusy(true);
    m_message->showMessage(tr("Asking LigdiCash…"), MessageWidget::Type::Information);
    const OrderStatus before = m_detail.order.status;
    m_client->verifyOrder(
        m_orderId, this,
        [this, before](const HistoryOrderDetail &detail, const ServerError &error) {
            if (!error.isOk()) {
                QString text = error.userMessage();
                if (error.code == "no_invoice"_L1)
                    text = tr("This order never had a LigdiCash invoice: there is nothing to "
                              "verify.");
                m_message->showMessage(text, MessageWidget::Type::Error);
                setBusy(false);
                return;
            }
            display(detail);
            setBusy(false);
            if (!detail.order.isFlagged()) {
                const QString status = orderStatusDisplayName(detail.order.status);
                m_message->showMessage(detail.order.status == before
                                           ? tr("Verified with LigdiCash: still %1.").arg(status)
                                           : tr("Verified with LigdiCash: now %1.").arg(status),
                                       MessageWidget::Type::Positive, 6000);
            }
            Q_EMIT orderChanged(detail.order);
        });
}

void OrderDetailDialog::reprint()
{
    if (!m_detail.isValid())
        return;
    const QString problem = ReceiptPrinter::print(receiptFor(m_detail, m_terminal),
                                                  m_terminal->settings().receiptOutput(),
                                                  m_terminal->dataDir() + u"/receipts"_s);
    if (problem.isEmpty())
        m_message->showMessage(tr("Receipt sent to the printer."), MessageWidget::Type::Positive,
                               4000);
    else
        m_message->showMessage(tr("The receipt was not printed: %1").arg(problem),
                               MessageWidget::Type::Error);
}

void OrderDetailDialog::markReviewed()
{
    if (!m_detail.isValid() || !m_detail.order.isFlagged())
        return;
    const QString note = m_reviewNote->text().trimmed();
    if (note.isEmpty()) {
        m_message->showMessage(tr("Write a short note saying what was checked."),
                               MessageWidget::Type::Warning);
        m_reviewNote->setFocus();
        return;
    }
    setBusy(true);
    m_client->reviewOrder(
        m_orderId, note, this, [this](const HistoryOrderDetail &detail, const ServerError &error) {
            setBusy(false);
            if (!error.isOk()) {
                m_message->showMessage(error.userMessage(), MessageWidget::Type::Error);
                return;
            }
            m_reviewNote->clear();
            display(detail);
            setBusy(false);
            Q_EMIT orderChanged(detail.order);
        });
}
