#pragma once

// The managers' list of shifts and their Z reports: pick a range of days, select a shift, read its
// stored Z report and print it again or save it as a PDF (GET /api/v1/shifts and /shifts/{id}).

#include "backoffice/ShiftClient.h"

#include <QWidget>

class MessageWidget;
class QDateEdit;
class QPushButton;
class QTableView;
class ServerClient;
class ShiftListModel;
class ZReportView;

class ZReportsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ZReportsPage(ServerClient *server, QWidget *parent = nullptr);

    // The shop's offset from UTC in minutes (default: this computer's offset now).
    void setTimeZoneOffset(int minutes) { m_tzMinutes = minutes; }
    void refresh();
    // Loads the stored report of the shift in that row of the list.
    void openRow(int row);
    // Returns an empty string on success, else what went wrong (translated).
    QString savePdf(const QString &path) const;

    ShiftListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ZReportView *reportView() const { return m_view; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    MessageWidget *messages() const { return m_message; }
    bool hasReport() const;

Q_SIGNALS:
    void listLoaded();
    void reportShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void askPrint();
    void askPdf();

    ShiftClient m_client;
    int m_tzMinutes;
    bool m_shownOnce = false;
    quint64 m_serial = 0;
    QDateEdit *m_from;
    QDateEdit *m_to;
    MessageWidget *m_message;
    ShiftListModel *m_model;
    QTableView *m_table;
    ZReportView *m_view;
    QPushButton *m_print;
    QPushButton *m_pdf;
};
