#include "ZReportView.h"

#include "ZReportPrinter.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), u"dd/MM/yyyy HH:mm"_s) : QString();
}

QString cell(const QString &text, bool right = false)
{
    return (right ? u"<td align=\"right\">"_s : u"<td>"_s) + text.toHtmlEscaped() + u"</td>"_s;
}

} // namespace

ZReportView::ZReportView(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_expected(new QLabel(this))
    , m_counted(new QLabel(this))
    , m_difference(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_details(new QLabel(this))
{
    setObjectName(u"zReportView"_s);
    auto *layout = new QVBoxLayout(this);
    m_header->setWordWrap(true);
    m_header->setStyleSheet(u"font-size: 15px;"_s);
    layout->addWidget(m_header);

    auto *grid = new QGridLayout;
    const std::pair<QString, QLabel *> figures[] = {
        {tr("Expected in the drawer"), m_expected},
        {tr("Counted"), m_counted},
        {tr("Difference"), m_difference},
    };
    int column = 0;
    for (const auto &[title, label] : figures) {
        auto *caption = new QLabel(title, this);
        caption->setStyleSheet(u"color: #555; font-size: 14px;"_s);
        grid->addWidget(caption, 0, column);
        label->setStyleSheet(u"font-size: 26px; font-weight: bold;"_s);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(label, 1, column);
        ++column;
    }
    m_expected->setObjectName(u"zExpected"_s);
    m_counted->setObjectName(u"zCounted"_s);
    m_difference->setObjectName(u"zDifference"_s);
    m_verdict->setObjectName(u"zVerdict"_s);
    m_verdict->setStyleSheet(u"font-size: 16px; font-weight: bold;"_s);
    grid->addWidget(m_verdict, 2, 2);
    layout->addLayout(grid);

    m_details->setObjectName(u"zDetails"_s);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_details);
    layout->addWidget(scroll, 1);
}

void ZReportView::setReport(const ShiftReport &report)
{
    m_report = report;
    QString header = u"<b>"_s + report.terminalName.toHtmlEscaped() + u"</b> — "_s +
                     tr("opened %1 by %2, closed %3 by %4")
                         .arg(when(report.openedAt), report.openedByName.toHtmlEscaped(),
                              when(report.closedAt), report.closedByName.toHtmlEscaped());
    if (!report.approvedByName.isEmpty())
        header += u"<br>"_s + tr("Count approved by %1").arg(report.approvedByName.toHtmlEscaped());
    m_header->setText(header);
    m_expected->setText(report.expectedCash.toString());
    m_counted->setText(report.countedCash.toString());
    m_difference->setText(ZReportPrinter::signedAmount(report.difference));
    const char *color = report.difference.isNegative() ? "#b00020"
                        : report.difference.isZero()   ? "#2e7d32"
                                                       : "#e65100";
    m_difference->setStyleSheet(
        u"font-size: 34px; font-weight: bold; color: %1;"_s.arg(QLatin1StringView(color)));
    m_verdict->setText(ZReportPrinter::differenceVerdict(report.difference));

    QString html = u"<table cellspacing=\"0\" cellpadding=\"3\">"_s;
    auto row = [&html](const QString &left, const QString &right) {
        html += u"<tr>"_s + cell(left) + cell(right, true) + u"</tr>"_s;
    };
    auto heading = [&html](const QString &text) {
        html += u"<tr><td colspan=\"2\" style=\"padding-top:10px\"><b>"_s + text.toHtmlEscaped() +
                u"</b></td></tr>"_s;
    };
    heading(tr("Cash"));
    row(tr("Opening float"), report.openingFloat.toString());
    row(tr("Cash sales"), report.cashSales.toString());
    row(tr("Cash tendered"), report.cashTendered.toString());
    row(tr("Change given"), report.changeGiven.toString());
    heading(u"LigdiCash"_s);
    row(tr("Confirmed (%n)", nullptr, int(report.ligdicashConfirmedCount)),
        report.ligdicashConfirmedTotal.toString());
    row(tr("Awaiting confirmation (%n)", nullptr, int(report.ligdicashAwaitingCount)),
        report.ligdicashAwaitingTotal.toString());
    heading(tr("By cashier"));
    for (const ShiftReport::Cashier &cashier : report.byCashier) {
        row(cashier.name + u" — "_s + tr("cash (%n)", nullptr, int(cashier.cashCount)),
            cashier.cashTotal.toString());
        row(cashier.name + u" — "_s + tr("LigdiCash (%n)", nullptr, int(cashier.ligdicashCount)),
            cashier.ligdicashTotal.toString());
    }
    heading(tr("By operator"));
    for (const ShiftReport::Operator &op : report.byOperator)
        row(u"%1 (%2)"_s.arg(op.name).arg(op.count), op.total.toString());
    heading(tr("Orders"));
    row(tr("Orders"), QLocale().toString(report.orderCount));
    row(tr("Cancelled"), QLocale().toString(report.cancelledCount));
    row(tr("Failed"), QLocale().toString(report.failedCount));
    if (!report.note.isEmpty())
        row(tr("Note"), report.note);
    html += u"</table>"_s;
    m_details->setText(html);
}
