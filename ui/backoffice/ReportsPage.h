#pragma once

// The manager's sales report: pick a period (today, yesterday, this week, this month or a custom
// range), see the totals, sales by hour (or by day) and each method's share as charts, and the
// tables by method, operator, cashier, terminal and top products; print it, or export it as a PDF
// (A4, charts included) or a CSV. Everything comes from GET /api/v1/reports/sales.

#include "backoffice/ReportsClient.h"
#include "backoffice/ReportsPeriod.h"

#include <QWidget>

class MessageWidget;
class QAbstractButton;
class QButtonGroup;
class QChartView;
class QDateEdit;
class QLabel;
class QPushButton;
class ReportsTableModel;
class ServerClient;

class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    enum class Table { Method, Operator, Cashier, Terminal, Products };

    explicit ReportsPage(ServerClient *server, QWidget *parent = nullptr);
    ~ReportsPage() override;

    // The shop's offset from UTC in minutes, for "today" and the server's tz (default: this
    // computer's offset now).
    void setTimeZoneOffset(int minutes) { m_tzMinutes = minutes; }
    int timeZoneOffset() const { return m_tzMinutes; }

    void selectPreset(ReportsPeriod::Preset preset);
    ReportsPeriod::Preset preset() const { return m_preset; }
    ReportsPeriod period() const { return m_period; }
    // Asks the server again for the current period.
    void refresh();
    bool hasReport() const { return m_loaded; }
    const ReportsClient::Sales &sales() const { return m_sales; }

    // Return an empty string on success, else what went wrong (translated).
    QString exportCsv(const QString &path);
    QString exportPdf(const QString &path);

    QAbstractButton *presetButton(ReportsPeriod::Preset preset) const;
    QDateEdit *fromEdit() const { return m_fromEdit; }
    QDateEdit *toEdit() const { return m_toEdit; }
    QLabel *totalLabel() const { return m_total; }
    QLabel *countLabel() const { return m_count; }
    QLabel *averageLabel() const { return m_average; }
    QLabel *awaitingLabel() const { return m_awaiting; }
    ReportsTableModel *model(Table table) const;
    MessageWidget *messages() const { return m_message; }
    QChartView *barsView() const { return m_bars; }
    QChartView *donutView() const { return m_donut; }

Q_SIGNALS:
    // A report arrived and is shown (tests wait on it).
    void reportShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QDate today() const;
    void showReport(const ReportsClient::Sales &sales);
    void askPrint();
    void askPdf();
    void askCsv();
    QString suggestedName(const QString &extension) const;

    ReportsClient m_client;
    ReportsPeriod::Preset m_preset = ReportsPeriod::Preset::Today;
    ReportsPeriod m_period;
    ReportsClient::Sales m_sales;
    bool m_loaded = false;
    bool m_shownOnce = false;
    int m_tzMinutes;
    quint64 m_serial = 0;

    QButtonGroup *m_presets;
    QDateEdit *m_fromEdit;
    QDateEdit *m_toEdit;
    MessageWidget *m_message;
    QLabel *m_periodLabel;
    QLabel *m_total;
    QLabel *m_count;
    QLabel *m_average;
    QLabel *m_awaiting;
    QLabel *m_awaitingCaption;
    QChartView *m_bars;
    QChartView *m_donut;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QPushButton *m_csv;
    ReportsTableModel *m_models[5];
};
