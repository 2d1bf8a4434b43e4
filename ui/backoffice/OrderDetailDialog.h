#pragma once

// One order seen by a manager: lines and totals, how it was paid and by whom, the LigdiCash
// traces (reference, masked token, request reference) and the timeline of everything that
// happened to it. From here a manager re-verifies it with LigdiCash now, reprints its receipt or,
// for a flagged order, records that it was looked at, with a note.

#include "backoffice/BackOfficeClient.h"

#include <QDialog>

class MessageWidget;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class Terminal;

class OrderDetailDialog : public QDialog
{
    Q_OBJECT

public:
    OrderDetailDialog(BackOfficeClient *client, Terminal *terminal, const QString &orderId,
                      QWidget *parent = nullptr);

    QString orderId() const { return m_orderId; }
    bool isLoaded() const { return m_detail.isValid(); }
    const HistoryOrderDetail &detail() const { return m_detail; }
    // Fetches the order again.
    void reload();
    void reverify();
    void reprint();
    void markReviewed();

    QTableWidget *linesTable() const { return m_lines; }
    QTableWidget *timelineTable() const { return m_timeline; }
    QPushButton *verifyButton() const { return m_verify; }
    QPushButton *reprintButton() const { return m_reprint; }
    QPushButton *reviewButton() const { return m_reviewButton; }
    QLineEdit *reviewNote() const { return m_reviewNote; }
    QGroupBox *reviewBox() const { return m_reviewBox; }
    MessageWidget *message() const { return m_message; }
    // The value shown for a field of the payment form, by its object name (tests).
    QString fieldText(const QString &name) const;

Q_SIGNALS:
    // The order changed on the server (verified, reviewed): lists showing it should refresh.
    void orderChanged(const HistoryOrder &order);

private:
    void display(const HistoryOrderDetail &detail);
    void setBusy(bool busy);
    QLabel *addField(class QFormLayout *form, const QString &name, const QString &label);

    BackOfficeClient *m_client;
    Terminal *m_terminal;
    QString m_orderId;
    HistoryOrderDetail m_detail;
    QLabel *m_title;
    QLabel *m_status;
    MessageWidget *m_message;
    QTableWidget *m_lines;
    QLabel *m_linesTotal;
    QTableWidget *m_timeline;
    QGroupBox *m_reviewBox;
    QLabel *m_reviewState;
    QLineEdit *m_reviewNote;
    QPushButton *m_reviewButton;
    QPushButton *m_verify;
    QPushButton *m_reprint;
    QHash<QString, QLabel *> m_fields;
    class QFormLayout *m_form = nullptr;
};
