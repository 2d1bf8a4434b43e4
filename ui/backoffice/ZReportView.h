#pragma once

// A Z report on screen: the cash expected, counted and the difference in large type (red when
// short), then LigdiCash confirmed and awaiting, per cashier and per operator. Shown after a
// close and when a manager reopens a stored report; printing is ZReportPrinter's.

#include "backoffice/ShiftReport.h"

#include <QWidget>

class QLabel;

class ZReportView : public QWidget
{
    Q_OBJECT

public:
    explicit ZReportView(QWidget *parent = nullptr);

    void setReport(const ShiftReport &report);
    const ShiftReport &report() const { return m_report; }

    QLabel *expectedLabel() const { return m_expected; }
    QLabel *countedLabel() const { return m_counted; }
    QLabel *differenceLabel() const { return m_difference; }
    QLabel *detailsLabel() const { return m_details; }

private:
    ShiftReport m_report;
    QLabel *m_header;
    QLabel *m_expected;
    QLabel *m_counted;
    QLabel *m_difference;
    QLabel *m_verdict;
    QLabel *m_details;
};
