#pragma once

// The back office's order history: filters (period, status, method, operator, till, cashier,
// amount range, a search box for an order id, a LigdiCash reference or a customer number), the
// totals of the filtered set above a table that pages in as it scrolls, a CSV export of the same
// set, and the order's detail on double-click or Enter.

#include "OrderDetailDialog.h"
#include "backoffice/BackOfficeClient.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class HistoryModel;
class MessageWidget;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class Terminal;

class HistoryPage : public QWidget
{
    Q_OBJECT

public:
    enum class Period { Today, Yesterday, ThisWeek, ThisMonth, Custom, AllDates };
    Q_ENUM(Period)

    HistoryPage(BackOfficeClient *client, Terminal *terminal, QWidget *parent = nullptr);

    // The filter as the widgets describe it now.
    HistoryFilter currentFilter() const;
    // Sends the filter now (text fields otherwise wait for a pause in typing).
    void applyFilters();
    void setPeriod(Period period);
    void exportCsv();
    OrderDetailDialog *openOrder(const QString &orderId);
    // Replaces the save dialog (tests): gets the suggested path, returns the chosen one or "".
    void setSavePathProvider(std::function<QString(const QString &suggested)> provider)
    {
        m_savePath = std::move(provider);
    }

    HistoryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *totalsLabel() const { return m_totals; }
    MessageWidget *message() const { return m_message; }
    OrderDetailDialog *currentDetail() const { return m_detail; }
    QComboBox *periodBox() const { return m_period; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *methodBox() const { return m_method; }
    QComboBox *operatorBox() const { return m_operator; }
    QComboBox *terminalBox() const { return m_terminalBox; }
    QComboBox *cashierBox() const { return m_cashier; }
    QLineEdit *minTotalEdit() const { return m_minTotal; }
    QLineEdit *maxTotalEdit() const { return m_maxTotal; }
    QLineEdit *searchEdit() const { return m_search; }
    QCheckBox *flaggedBox() const { return m_flagged; }
    QPushButton *exportButton() const { return m_export; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refreshSummary();
    void loadChoices();
    void periodChanged();
    QString suggestedFileName() const;

    BackOfficeClient *m_client;
    Terminal *m_terminal;
    HistoryModel *m_model;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_status;
    QComboBox *m_method;
    QComboBox *m_operator;
    QComboBox *m_terminalBox;
    QComboBox *m_cashier;
    QLineEdit *m_minTotal;
    QLineEdit *m_maxTotal;
    QLineEdit *m_search;
    QCheckBox *m_flagged;
    QPushButton *m_export;
    QLabel *m_totals;
    MessageWidget *m_message;
    QTableView *m_table;
    QTimer *m_typing;
    QPointer<OrderDetailDialog> m_detail;
    std::function<QString(const QString &)> m_savePath;
    quint64 m_summaryGeneration = 0;
    bool m_started = false;
    bool m_exporting = false;
};
