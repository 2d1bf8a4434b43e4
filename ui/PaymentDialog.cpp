#include "PaymentDialog.h"

#include "UiResources.h"

#include "QrCodeImage.h"
#include "SaleController.h"

#include <QCloseEvent>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QPushButton *bigButton(const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setMinimumHeight(52);
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}
} // namespace

PaymentDialog::PaymentDialog(SaleController *sale, QWidget *parent)
    : QDialog(parent)
    , m_sale(sale)
    , m_amount(new QLabel(this))
    , m_qrLabel(new QLabel(this))
    , m_status(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_open(bigButton(tr("Open the payment page"), this))
    , m_cancel(bigButton(tr("Cancel payment (Esc)"), this))
    , m_retry(bigButton(tr("Try LigdiCash again"), this))
    , m_cash(bigButton(tr("Take cash instead (F8)"), this))
    , m_setAside(bigButton(tr("Set aside and keep watching"), this))
    , m_done(bigButton(tr("New sale (Enter)"), this))
    , m_numberBox(new QWidget(this))
    , m_number(new QLineEdit(m_numberBox))
    , m_otp(new QLineEdit(m_numberBox))
    , m_send(bigButton(tr("Send to the phone (Enter)"), m_numberBox))
{
    UiResources::ensureLoaded();
    setWindowTitle(tr("LigdiCash payment"));
    setObjectName(u"paymentDialog"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setSpacing(18);

    m_qrLabel->setObjectName(u"qrCode"_s);
    m_qrLabel->setFixedSize(300, 300);
    m_qrLabel->setAlignment(Qt::AlignCenter);
    m_qrLabel->setStyleSheet(u"background: white; border: 1px solid #c8c8c8;"_s);
    m_qrLabel->setAccessibleName(tr("QR code of the payment page"));
    layout->addWidget(m_qrLabel, 0, Qt::AlignTop);

    auto *side = new QVBoxLayout;
    side->setSpacing(10);
    auto *caption = new QLabel(tr("Amount to pay with LigdiCash"), this);
    m_amount->setObjectName(u"paymentAmount"_s);
    m_amount->setStyleSheet(u"font-size: 40px; font-weight: bold;"_s);
    m_status->setObjectName(u"paymentStatus"_s);
    m_status->setWordWrap(true);
    m_detail->setWordWrap(true);
    m_detail->setStyleSheet(u"font-size: 15px;"_s);
    side->addWidget(caption);
    side->addWidget(m_amount);
    side->addWidget(m_status);
    side->addWidget(m_detail);
    auto *numberForm = new QFormLayout(m_numberBox);
    numberForm->setContentsMargins(0, 0, 0, 0);
    m_number->setObjectName(u"customerNumber"_s);
    m_number->setPlaceholderText(u"22670123456"_s);
    m_number->setMinimumHeight(44);
    m_number->setStyleSheet(u"font-size: 20px;"_s);
    m_number->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"\\+?[0-9 ]{8,20}"_s), m_number));
    m_otp->setPlaceholderText(tr("only if the operator asks for one"));
    m_otp->setMinimumHeight(36);
    m_otp->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,8}"_s), m_otp));
    numberForm->addRow(tr("Customer's number"), m_number);
    numberForm->addRow(tr("OTP code"), m_otp);
    numberForm->addRow(m_send);
    side->addWidget(m_numberBox);
    side->addStretch(1);
    for (QPushButton *button : {m_open, m_retry, m_cash, m_setAside, m_cancel, m_done})
        side->addWidget(button);
    m_done->setObjectName(u"paymentDone"_s);
    layout->addLayout(side, 1);

    m_amount->setText(sale->total().toString());
    if (const auto order = sale->pendingOrder()) {
        m_orderId = order->id;
        m_amount->setText(order->total.toString());
    }

    connect(m_open, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_url); });
    connect(m_cancel, &QPushButton::clicked, m_sale, &SaleController::cancelPayment);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        setStage(Stage::Starting);
        m_orderId = m_sale->payByLigdiCash();
    });
    connect(m_cash, &QPushButton::clicked, this, [this] {
        if (m_sale->isLocked())
            return;
        Q_EMIT cashRequested();
        accept();
    });
    connect(m_setAside, &QPushButton::clicked, this, [this] {
        if (m_sale->setAside())
            accept();
    });
    connect(m_done, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_send, &QPushButton::clicked, this, [this] {
        QString number = m_number->text();
        number.remove(u' ');
        if (number.startsWith(u'+'))
            number.remove(0, 1);
        if (number.size() < 8) {
            m_detail->setText(tr("Type the customer's number with its country code, e.g. "
                                 "22670123456."));
            return;
        }
        setStage(Stage::Starting);
        m_orderId = m_sale->payByLigdiCash(number, m_otp->text().trimmed());
    });
    connect(m_number, &QLineEdit::returnPressed, m_send, &QPushButton::click);
    connect(sale, &SaleController::paymentPushed, this,
            [this](const QString &id, const QString &number) {
                m_orderId = id;
                setStage(Stage::Waiting, pushedText(number));
            });

    connect(sale, &SaleController::paymentUrlReady, this,
            [this](const QString &id, const QUrl &url) {
                m_orderId = id;
                showUrl(url);
                setStage(Stage::Waiting);
                QDesktopServices::openUrl(url);
            });
    connect(
        sale, &SaleController::paymentStartFailed, this,
        [this](const QString &, const QString &message) { setStage(Stage::StartFailed, message); });
    connect(sale, &SaleController::paymentNotConfirmedYet, this,
            [this] { setStage(Stage::NotConfirmedYet); });
    connect(sale, &SaleController::paymentSettled, this,
            [this](const QString &, const OrderUpdate &update) {
                switch (update.state) {
                case OrderStatus::Paid: {
                    QString detail;
                    if (update.paymentWon)
                        detail = tr("The customer had already paid: the payment wins, the sale "
                                    "is complete.");
                    if (!update.operatorName.isEmpty())
                        detail += (detail.isEmpty() ? QString() : u"\n"_s) +
                                  tr("Paid with %1.").arg(update.operatorName);
                    setStage(Stage::Paid, detail);
                    break;
                }
                case OrderStatus::Cancelled:
                    setStage(Stage::Cancelled);
                    break;
                default:
                    setStage(Stage::Failed, update.reason);
                }
            });
    connect(sale, &SaleController::error, this, [this](const QString &message) {
        if (m_stage == Stage::Waiting || m_stage == Stage::NotConfirmedYet)
            m_detail->setText(message);
    });

    // Restored after a restart, or opened while the order is already on its way.
    if (sale->phase() == SaleController::PaymentPhase::StartFailed)
        setStage(Stage::StartFailed);
    else if (sale->phase() == SaleController::PaymentPhase::WaitingForCustomer)
        resumeWaiting();
    else
        setStage(Stage::Starting);
    resize(760, 420);
}

void PaymentDialog::resumeWaiting()
{
    if (m_sale->paymentUrl().isValid()) {
        showUrl(m_sale->paymentUrl());
        setStage(Stage::Waiting);
    } else {
        m_numberAsked = true; // direct payin: no page, no QR code
        setStage(Stage::Waiting, pushedText(m_sale->customerNumber()));
    }
}

QString PaymentDialog::pushedText(const QString &number) const
{
    return tr("The payment request was sent to %1. The customer approves it on their phone.")
        .arg(number);
}

void PaymentDialog::askForNumber()
{
    m_numberAsked = true;
    setStage(Stage::AskNumber);
    m_number->setFocus();
}

void PaymentDialog::showUrl(const QUrl &url)
{
    m_url = url;
    m_qr = QrCodeImage::renderToFit(url.toString(QUrl::FullyEncoded), 290);
    m_qrLabel->setPixmap(QPixmap::fromImage(m_qr));
}

QString PaymentDialog::statusText() const
{
    return m_status->text();
}

void PaymentDialog::setStage(Stage stage, const QString &detail)
{
    m_stage = stage;
    QString status;
    QString style = u"font-size: 24px; font-weight: bold; color: #1d1d1d;"_s;
    switch (stage) {
    case Stage::AskNumber:
        status = tr("Pay from the customer's phone");
        break;
    case Stage::Starting:
        status = tr("Creating the payment…");
        break;
    case Stage::StartFailed:
        status = tr("The payment could not be started.");
        style = u"font-size: 24px; font-weight: bold; color: #d1453b;"_s;
        break;
    case Stage::Waiting:
        status = tr("Waiting for the customer to pay…");
        break;
    case Stage::NotConfirmedYet:
        status = tr("Not confirmed yet.");
        style = u"font-size: 24px; font-weight: bold; color: #b35c00;"_s;
        break;
    case Stage::Paid:
        status = tr("✓ Paid");
        style = u"font-size: 44px; font-weight: bold; color: white; background: #2e9d4a; "
                "border-radius: 8px; padding: 8px;"_s;
        break;
    case Stage::Failed:
        status = tr("Payment failed.");
        style = u"font-size: 28px; font-weight: bold; color: #d1453b;"_s;
        break;
    case Stage::Cancelled:
        status = tr("Payment cancelled.");
        break;
    }
    m_status->setText(status);
    m_status->setStyleSheet(style);
    QString text = detail;
    if (text.isEmpty()) {
        if (stage == Stage::Waiting)
            text = tr("The customer scans the code with their phone, or pays on the page opened "
                      "in the browser.");
        else if (stage == Stage::NotConfirmedYet)
            text = tr("LigdiCash has not confirmed this payment. You can set the order aside: it "
                      "stays in the list of payments awaiting confirmation and is still watched.");
        else if (stage == Stage::Failed)
            // LigdiCash's "notcompleted" carries no reason of its own.
            text = tr("LigdiCash did not complete the payment: it was refused or abandoned on the "
                      "customer's phone. Try again or take cash.");
    }
    m_detail->setText(text);

    const bool live = stage == Stage::Waiting || stage == Stage::NotConfirmedYet;
    const bool hosted = m_url.isValid();
    m_numberBox->setVisible(stage == Stage::AskNumber);
    m_qrLabel->setVisible((live && hosted) || (stage == Stage::Starting && !m_numberAsked));
    m_open->setVisible(live && hosted);
    m_cancel->setVisible(live || stage == Stage::StartFailed || stage == Stage::Starting);
    m_retry->setVisible(stage == Stage::StartFailed || stage == Stage::Failed ||
                        stage == Stage::Cancelled);
    m_cash->setVisible(stage == Stage::Failed || stage == Stage::Cancelled);
    m_setAside->setVisible(stage == Stage::NotConfirmedYet);
    const bool over = stage == Stage::Paid || stage == Stage::Failed || stage == Stage::Cancelled;
    m_done->setVisible(over);
    m_done->setText(stage == Stage::Paid ? tr("New sale (Enter)") : tr("Back to the sale"));
    m_done->setStyleSheet(stage == Stage::Paid
                              ? u"QPushButton { background: #2e9d4a; color: white; font-size: "
                                "18px; font-weight: bold; border-radius: 6px; }"_s
                              : QString());
}

void PaymentDialog::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        if (m_stage == Stage::AskNumber)
            reject();
        else if (m_sale->isLocked())
            m_sale->cancelPayment(); // Esc never leaves a payment running unseen
        else
            reject();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_stage == Stage::Paid)
            accept();
        else if (m_stage == Stage::AskNumber)
            m_send->click();
        return;
    case Qt::Key_F8:
        m_cash->click();
        return;
    default:
        QDialog::keyPressEvent(event);
    }
}

void PaymentDialog::closeEvent(QCloseEvent *event)
{
    // The window's close button must not hide a payment in flight.
    if (m_sale->isLocked() && m_stage != Stage::NotConfirmedYet) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}
