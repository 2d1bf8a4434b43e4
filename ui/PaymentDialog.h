#pragma once

// Paying with LigdiCash: the amount in large type, the payment page as a QR code for the
// customer's phone (and opened in the system browser), then the order followed live: waiting →
// paid (big green) or failed (why; retry or take cash). The cashier can cancel; if the customer
// paid meanwhile the payment wins and the dialog says so. After the payment timeout it says "not
// confirmed yet" and offers to set the order aside (it stays watched). Never blocks the app:
// it is opened with open(), and its buttons drive the SaleController.

#include "OrderUpdate.h"

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;
class SaleController;

class PaymentDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Stage {
        AskNumber, // direct payin: the customer's number first
        Starting,
        StartFailed,
        Waiting,
        NotConfirmedYet,
        Paid,
        Failed,
        Cancelled,
    };
    Q_ENUM(Stage)

    explicit PaymentDialog(SaleController *sale, QWidget *parent = nullptr);

    // For a payment already on its way (e.g. restored after a restart): show its page, or the
    // phone it was pushed to, and follow it.
    void resumeWaiting();
    // Direct payin: asks for the customer's number (and OTP), then pushes the payment to it.
    void askForNumber();
    QLineEdit *numberEdit() const { return m_number; }
    QLineEdit *otpEdit() const { return m_otp; }
    QPushButton *sendButton() const { return m_send; }

    Stage stage() const { return m_stage; }
    QUrl paymentUrl() const { return m_url; }
    QString statusText() const;
    const QImage &qrImage() const { return m_qr; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *cashButton() const { return m_cash; }
    QPushButton *setAsideButton() const { return m_setAside; }
    QPushButton *doneButton() const { return m_done; }

Q_SIGNALS:
    // The cashier chose to take cash after a failure.
    void cashRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void setStage(Stage stage, const QString &detail = {});
    void showUrl(const QUrl &url);
    QString pushedText(const QString &number) const;

    SaleController *m_sale;
    Stage m_stage = Stage::Starting;
    QString m_orderId;
    QUrl m_url;
    QImage m_qr;
    QLabel *m_amount;
    QLabel *m_qrLabel;
    QLabel *m_status;
    QLabel *m_detail;
    QPushButton *m_open;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_cash;
    QPushButton *m_setAside;
    QPushButton *m_done;
    QWidget *m_numberBox;
    QLineEdit *m_number;
    QLineEdit *m_otp;
    QPushButton *m_send;
    bool m_numberAsked = false;
};
