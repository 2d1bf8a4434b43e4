#include "ZReportsPage.h"

#include "Clock.h"
#include "MessageWidget.h"
#include "ShiftListModel.h"
#include "ZReportPrinter.h"
#include "ZReportView.h"

#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ZReportsPage::ZReportsPage(ServerClient *server, QWidget *parent)
    : QWidget(parent)
    , m_client(server)
    , m_tzMinutes(QDateTime::currentDateTime().offsetFromUtc() / 60)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_message(new MessageWidget(this))
    , m_model(new ShiftListModel(this))
    , m_table(new QTableView(this))
    , m_view(new ZReportView(this))
    , m_print(new QPushButton(tr("Print again…"), this))
    , m_pdf(new QPushButton(tr("Save as PDF…"), this))
{
    setObjectName(u"zReportsPage"_s);
    setWindowTitle(tr("Z reports"));
    auto *outer = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    const QDate today = Clock::currentDateTimeUtc().toOffsetFromUtc(m_tzMinutes * 60).date();
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    bar->addWidget(new QLabel(tr("Shifts opened from"), this));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"dd/MM/yyyy"_s);
        edit->setMinimumHeight(36);
        connect(edit, &QDateEdit::dateChanged, this, &ZReportsPage::refresh);
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setMinimumHeight(36);
    connect(refreshButton, &QPushButton::clicked, this, &ZReportsPage::refresh);
    bar->addWidget(refreshButton);
    bar->addStretch(1);
    outer->addLayout(bar);
    outer->addWidget(m_message);
    m_message->hide();

    auto *splitter = new QSplitter(this);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    splitter->addWidget(m_table);
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_print, m_pdf}) {
        button->setMinimumHeight(40);
        button->setEnabled(false);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    rightLayout->addLayout(buttons);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    outer->addWidget(splitter, 1);
    m_view->hide();

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    openRow(current.row());
            });
    connect(m_print, &QPushButton::clicked, this, &ZReportsPage::askPrint);
    connect(m_pdf, &QPushButton::clicked, this, &ZReportsPage::askPdf);
}

bool ZReportsPage::hasReport() const
{
    return m_view->report().isValid();
}

void ZReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        refresh();
    }
}

void ZReportsPage::refresh()
{
    const quint64 serial = ++m_serial;
    QDate first = m_from->date();
    QDate last = m_to->date();
    if (last < first)
        std::swap(first, last);
    m_client.list(
        first, last.addDays(1), m_tzMinutes, {}, this,
        [this, serial](const QList<ShiftClient::Shift> &shifts, const ServerError &error) {
            if (serial != m_serial)
                return;
            if (!error.isOk()) {
                m_message->showMessage(
                    tr("The shifts could not be listed. %1").arg(error.userMessage()),
                    MessageWidget::Type::Error);
                return;
            }
            m_message->hideMessage();
            m_model->setShifts(shifts);
            Q_EMIT listLoaded();
        });
}

void ZReportsPage::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const ShiftClient::Shift &shift = m_model->shift(row);
    if (shift.isOpen()) {
        m_view->hide();
        m_print->setEnabled(false);
        m_pdf->setEnabled(false);
        m_message->showMessage(tr("This shift is still open: its Z report is made when it "
                                  "closes."),
                               MessageWidget::Type::Information, 5000);
        return;
    }
    m_client.report(shift.id, this, [this](const ShiftReport &report, const ServerError &error) {
        if (!error.isOk()) {
            m_message->showMessage(
                tr("The Z report could not be loaded. %1").arg(error.userMessage()),
                MessageWidget::Type::Error);
            return;
        }
        m_message->hideMessage();
        m_view->setReport(report);
        m_view->show();
        m_print->setEnabled(true);
        m_pdf->setEnabled(true);
        Q_EMIT reportShown();
    });
}

QString ZReportsPage::savePdf(const QString &path) const
{
    if (!hasReport())
        return tr("No Z report selected.");
    return ZReportPrinter::writePdf(m_view->report(), path);
}

void ZReportsPage::askPrint()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString problem = ZReportPrinter::print(m_view->report(), &printer);
    if (!problem.isEmpty())
        m_message->showMessage(problem, MessageWidget::Type::Error);
}

void ZReportsPage::askPdf()
{
    const ShiftReport &report = m_view->report();
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/z-"_s +
        report.closedAt.toLocalTime().toString(u"yyyyMMdd-HHmm"_s) + u".pdf"_s;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the Z report"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString problem = savePdf(path);
    if (problem.isEmpty())
        m_message->showMessage(tr("Z report saved to %1.").arg(QDir::toNativeSeparators(path)),
                               MessageWidget::Type::Positive, 5000);
    else
        m_message->showMessage(problem, MessageWidget::Type::Error);
}
