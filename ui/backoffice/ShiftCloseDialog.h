#pragma once

// Closing the till's shift with a blind count: the cashier types the cash counted (in total, or
// note by note plus coins) before seeing any expected figure. When the server finds the
// difference beyond its limit it asks for a manager: the manager picks their name, types their PIN
// on the PIN pad and the close is sent again with it. Then the Z report shows, ready to print.

#include "backoffice/ShiftClient.h"

#include <QDialog>

class MessageWidget;
class PinPad;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class ServerClient;
class ZReportView;

class ShiftCloseDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Step { Loading, NoShift, Count, Approval, Report };

    explicit ShiftCloseDialog(ServerClient *server, QWidget *parent = nullptr);

    // Notes counted one by one (coins are typed as one amount).
    static const QList<qint64> &notes();

    Step step() const { return m_step; }
    const ShiftClient::Shift &shift() const { return m_shift; }
    const ShiftReport &report() const { return m_report; }
    // The amount the count adds up to (total typed, or notes + coins); nullopt when unreadable.
    std::optional<Money> counted() const;
    // Returns an empty string on success, else what went wrong (translated).
    QString savePdf(const QString &path) const;

    QLineEdit *countedEdit() const { return m_counted; }
    QCheckBox *byDenominationBox() const { return m_byDenomination; }
    QSpinBox *noteSpin(qint64 francs) const;
    QLineEdit *coinsEdit() const { return m_coins; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *submitButton() const { return m_submit; }
    QComboBox *managerBox() const { return m_manager; }
    PinPad *pinPad() const { return m_pinPad; }
    MessageWidget *messages() const { return m_message; }
    ZReportView *reportView() const { return m_view; }

Q_SIGNALS:
    void stepChanged(ShiftCloseDialog::Step step);
    void shiftClosed(const ShiftReport &report);

private:
    QWidget *buildCountPage();
    QWidget *buildApprovalPage();
    QWidget *buildReportPage();
    void setStep(Step step);
    void updateTotal();
    void submitCount();
    void send(const std::optional<ShiftClient::Approval> &approval);
    void loadManagers();
    void askPrint();
    void askPdf();

    ShiftClient m_client;
    ShiftClient::Shift m_shift;
    ShiftReport m_report;
    Step m_step = Step::Loading;
    bool m_busy = false;

    MessageWidget *m_message;
    QStackedWidget *m_pages;
    QLabel *m_loading;
    QLineEdit *m_counted;
    QCheckBox *m_byDenomination;
    QWidget *m_denominations;
    QList<QSpinBox *> m_noteSpins;
    QLineEdit *m_coins;
    QLineEdit *m_note;
    QPushButton *m_submit;
    QComboBox *m_manager;
    PinPad *m_pinPad;
    ZReportView *m_view;
};
