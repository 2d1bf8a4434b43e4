#include "ReportsPage.h"

#include "Clock.h"
#include "MessageWidget.h"
#include "ReportsCharts.h"
#include "ReportsDocument.h"
#include "ReportsTableModel.h"
#include "ServerClient.h"
#include "backoffice/ReportsCsv.h"

#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcReportsPage, "comptoir.ui.reportspage")

namespace {

QLabel *figure(QWidget *parent, const QString &objectName, int pixelSize)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setStyleSheet(u"font-size: %1px; font-weight: bold;"_s.arg(pixelSize));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QWidget *card(QWidget *parent, QLabel *caption, QLabel *value)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(u"reportCard"_s);
    frame->setStyleSheet(u"#reportCard { background: #f5f8fb; border: 1px solid #b0bec5; "
                         "border-radius: 6px; }"_s);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(12, 8, 12, 8);
    caption->setParent(frame);
    caption->setStyleSheet(u"color: #555; border: none;"_s);
    layout->addWidget(caption);
    value->setParent(frame);
    layout->addWidget(value);
    return frame;
}

} // namespace

ReportsPage::ReportsPage(ServerClient *server, QWidget *parent)
    : QWidget(parent)
    , m_client(server)
    , m_tzMinutes(QDateTime::currentDateTime().offsetFromUtc() / 60)
    , m_presets(new QButtonGroup(this))
    , m_fromEdit(new QDateEdit(this))
    , m_toEdit(new QDateEdit(this))
    , m_message(new MessageWidget(this))
    , m_periodLabel(new QLabel(this))
    , m_total(figure(this, u"reportTotal"_s, 26))
    , m_count(figure(this, u"reportCount"_s, 20))
    , m_average(figure(this, u"reportAverage"_s, 20))
    , m_awaiting(figure(this, u"reportAwaiting"_s, 20))
    , m_bars(new QChartView(this))
    , m_donut(new QChartView(this))
    , m_print(new QPushButton(tr("Print…"), this))
    , m_pdf(new QPushButton(tr("Export PDF…"), this))
    , m_csv(new QPushButton(tr("Export CSV…"), this))
{
    setObjectName(u"reportsPage"_s);
    setWindowTitle(tr("Reports"));
    auto *outer = new QVBoxLayout(this);

    // The period bar.
    auto *bar = new QHBoxLayout;
    const std::pair<ReportsPeriod::Preset, QString> presets[] = {
        {ReportsPeriod::Preset::Today, tr("Today")},
        {ReportsPeriod::Preset::Yesterday, tr("Yesterday")},
        {ReportsPeriod::Preset::ThisWeek, tr("This week")},
        {ReportsPeriod::Preset::ThisMonth, tr("This month")},
        {ReportsPeriod::Preset::Custom, tr("Custom")},
    };
    for (const auto &[preset, text] : presets) {
        auto *button = new QPushButton(text, this);
        button->setCheckable(true);
        button->setMinimumHeight(36);
        m_presets->addButton(button, int(preset));
        bar->addWidget(button);
    }
    m_presets->setExclusive(true);
    connect(m_presets, &QButtonGroup::idClicked, this,
            [this](int id) { selectPreset(ReportsPeriod::Preset(id)); });
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"dd/MM/yyyy"_s);
        edit->setMinimumHeight(36);
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_preset == ReportsPeriod::Preset::Custom)
                selectPreset(ReportsPeriod::Preset::Custom);
        });
    }
    m_fromEdit->setObjectName(u"reportFrom"_s);
    m_toEdit->setObjectName(u"reportTo"_s);
    m_fromEdit->setAccessibleName(tr("First day"));
    m_toEdit->setAccessibleName(tr("Last day"));
    // Presets on one row, the dates and the actions on the next: in one row the French labels
    // are wider than a 1366-pixel screen beside the back office's side list.
    bar->addStretch(1);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setMinimumHeight(36);
    bar->addWidget(refreshButton);
    auto *actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("From"), this));
    actions->addWidget(m_fromEdit);
    actions->addWidget(new QLabel(tr("to"), this));
    actions->addWidget(m_toEdit);
    actions->addStretch(1);
    for (QPushButton *button : {m_print, m_pdf, m_csv}) {
        button->setMinimumHeight(36);
        actions->addWidget(button);
    }
    connect(refreshButton, &QPushButton::clicked, this, &ReportsPage::refresh);
    connect(m_print, &QPushButton::clicked, this, &ReportsPage::askPrint);
    connect(m_pdf, &QPushButton::clicked, this, &ReportsPage::askPdf);
    connect(m_csv, &QPushButton::clicked, this, &ReportsPage::askCsv);
    outer->addLayout(bar);
    outer->addLayout(actions);
    outer->addWidget(m_message);
    m_message->hide();

    // The report itself scrolls on small screens.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_periodLabel->setObjectName(u"reportPeriod"_s);
    m_periodLabel->setStyleSheet(u"font-size: 17px; font-weight: bold;"_s);
    layout->addWidget(m_periodLabel);

    auto *cards = new QHBoxLayout;
    m_awaitingCaption = new QLabel(tr("LigdiCash awaiting"), content);
    cards->addWidget(card(content, new QLabel(tr("Sales"), content), m_total), 3);
    cards->addWidget(card(content, new QLabel(tr("Paid orders"), content), m_count), 2);
    cards->addWidget(card(content, new QLabel(tr("Average basket"), content), m_average), 2);
    cards->addWidget(card(content, m_awaitingCaption, m_awaiting), 3);
    layout->addLayout(cards);

    auto *charts = new QHBoxLayout;
    for (QChartView *view : {m_bars, m_donut}) {
        view->setParent(content);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(280);
    }
    m_bars->setObjectName(u"salesBars"_s);
    m_donut->setObjectName(u"methodDonut"_s);
    charts->addWidget(m_bars, 5);
    charts->addWidget(m_donut, 3);
    layout->addLayout(charts);

    const std::pair<QString, QString> titles[] = {
        {tr("By payment method"), tr("Method")}, {tr("By mobile money operator"), tr("Operator")},
        {tr("By cashier"), tr("Cashier")},       {tr("By terminal"), tr("Terminal")},
        {tr("Top products"), tr("Product")},
    };
    auto *tables = new QGridLayout;
    for (int i = 0; i < 5; ++i) {
        m_models[i] = new ReportsTableModel(
            titles[i].second, i == int(Table::Products) ? tr("Quantity") : tr("Orders"), this);
        auto *box = new QGroupBox(titles[i].first, content);
        auto *boxLayout = new QVBoxLayout(box);
        auto *view = new QTableView(box);
        view->setModel(m_models[i]);
        view->verticalHeader()->hide();
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->horizontalHeader()->setSectionResizeMode(ReportsTableModel::Label,
                                                       QHeaderView::Stretch);
        view->horizontalHeader()->setSectionResizeMode(ReportsTableModel::Total,
                                                       QHeaderView::ResizeToContents);
        view->setMinimumHeight(150);
        view->setAlternatingRowColors(true);
        boxLayout->addWidget(view);
        // method, operator, terminal on the first row; cashier and top products below.
        static const int cells[5][3] = {{0, 0, 1}, {0, 1, 1}, {1, 0, 1}, {0, 2, 1}, {1, 1, 2}};
        tables->addWidget(box, cells[i][0], cells[i][1], 1, cells[i][2]);
    }
    layout->addLayout(tables);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    for (QPushButton *button : {m_print, m_pdf, m_csv})
        button->setEnabled(false);
    const QDate now = today();
    const QSignalBlocker blockFrom(m_fromEdit);
    const QSignalBlocker blockTo(m_toEdit);
    m_fromEdit->setDate(now);
    m_toEdit->setDate(now);
    m_presets->button(int(m_preset))->setChecked(true);
    m_period = ReportsPeriod::of(m_preset, now);
}

ReportsPage::~ReportsPage() = default;

QDate ReportsPage::today() const
{
    return Clock::currentDateTimeUtc().toOffsetFromUtc(m_tzMinutes * 60).date();
}

QAbstractButton *ReportsPage::presetButton(ReportsPeriod::Preset preset) const
{
    return m_presets->button(int(preset));
}

ReportsTableModel *ReportsPage::model(Table table) const
{
    return m_models[int(table)];
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        refresh();
    }
}

void ReportsPage::selectPreset(ReportsPeriod::Preset preset)
{
    m_preset = preset;
    m_presets->button(int(preset))->setChecked(true);
    const bool custom = preset == ReportsPeriod::Preset::Custom;
    if (custom)
        m_period = ReportsPeriod::of(preset, today(), m_fromEdit->date(), m_toEdit->date());
    refresh();
}

void ReportsPage::refresh()
{
    if (m_preset != ReportsPeriod::Preset::Custom) {
        // "Today" is today again after midnight: a preset is worked out at each refresh.
        m_period = ReportsPeriod::of(m_preset, today());
        // The fields show the period picked, ready to be adjusted into a custom one.
        const QSignalBlocker blockFrom(m_fromEdit);
        const QSignalBlocker blockTo(m_toEdit);
        m_fromEdit->setDate(m_period.from());
        m_toEdit->setDate(m_period.last());
    }
    if (!m_period.isValid())
        return;
    if (m_period.days() > 366) {
        m_message->showMessage(tr("Pick a period of at most 366 days."),
                               MessageWidget::Type::Warning);
        return;
    }
    const quint64 serial = ++m_serial;
    m_periodLabel->setText(ReportsDocument::periodText(m_period));
    m_client.sales(m_period.from(), m_period.toExclusive(), m_tzMinutes, this,
                   [this, serial](const ReportsClient::Sales &sales, const ServerError &error) {
                       if (serial != m_serial)
                           return; // a later period was asked for meanwhile
                       if (!error.isOk()) {
                           qCInfo(lcReportsPage)
                               << "report failed:" << error.httpStatus << error.code;
                           m_message->showMessage(
                               tr("The report could not be loaded. %1").arg(error.userMessage()),
                               MessageWidget::Type::Error);
                           return;
                       }
                       m_message->hideMessage();
                       showReport(sales);
                   });
}

void ReportsPage::showReport(const ReportsClient::Sales &sales)
{
    m_sales = sales;
    m_loaded = true;
    m_total->setText(sales.total.toString());
    m_count->setText(QLocale().toString(sales.count));
    const qint64 average = sales.count > 0 ? sales.total.francs() / sales.count : 0;
    m_average->setText(Money::fromFrancs(average).toString());
    m_awaiting->setText(sales.awaitingTotal.toString());
    m_awaitingCaption->setText(tr("LigdiCash awaiting: %n", nullptr, int(sales.awaitingCount)));

    QList<ReportsClient::Group> methods = sales.byMethod;
    for (ReportsClient::Group &group : methods)
        group.label = ReportsCharts::methodName(group.key);
    m_models[int(Table::Method)]->setGroups(methods);
    m_models[int(Table::Operator)]->setGroups(sales.byOperator);
    m_models[int(Table::Cashier)]->setGroups(sales.byCashier);
    m_models[int(Table::Terminal)]->setGroups(sales.byTerminal);
    m_models[int(Table::Products)]->setGroups(sales.topProducts);

    // QChartView::setChart does not delete the chart it replaces.
    QChart *oldBars = m_bars->chart();
    QChart *oldDonut = m_donut->chart();
    m_bars->setChart(ReportsCharts::salesBars(sales, m_period.isSingleDay()));
    m_donut->setChart(ReportsCharts::methodDonut(sales));
    delete oldBars;
    delete oldDonut;

    for (QPushButton *button : {m_print, m_pdf, m_csv})
        button->setEnabled(true);
    Q_EMIT reportShown();
}

QString ReportsPage::exportCsv(const QString &path)
{
    if (!m_loaded)
        return tr("No report to export yet.");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ReportsCsv::write(m_sales)) < 0 ||
        !file.commit())
        return tr("The CSV could not be written to %1 (%2).")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QString ReportsPage::exportPdf(const QString &path)
{
    if (!m_loaded)
        return tr("No report to export yet.");
    return ReportsDocument::writePdf(m_sales, m_period, path);
}

QString ReportsPage::suggestedName(const QString &extension) const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = u"ventes-"_s + m_period.from().toString(Qt::ISODate);
    if (!m_period.isSingleDay())
        name += u"_"_s + m_period.last().toString(Qt::ISODate);
    return folder + u'/' + name + u'.' + extension;
}

void ReportsPage::askPrint()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString problem = ReportsDocument::print(m_sales, m_period, &printer);
    if (!problem.isEmpty())
        m_message->showMessage(problem, MessageWidget::Type::Error);
}

void ReportsPage::askPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the report as PDF"),
                                                      suggestedName(u"pdf"_s), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString problem = exportPdf(path);
    if (problem.isEmpty())
        m_message->showMessage(tr("Report saved to %1.").arg(QDir::toNativeSeparators(path)),
                               MessageWidget::Type::Positive, 5000);
    else
        m_message->showMessage(problem, MessageWidget::Type::Error);
}

void ReportsPage::askCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the report as CSV"),
                                                      suggestedName(u"csv"_s), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const QString problem = exportCsv(path);
    if (problem.isEmpty())
        m_message->showMessage(tr("Report saved to %1.").arg(QDir::toNativeSeparators(path)),
                               MessageWidget::Type::Positive, 5000);
    else
        m_message->showMessage(problem, MessageWidget::Type::Error);
}
