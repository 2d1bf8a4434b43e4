#include "HistoryPage.h"

#include "Clock.h"
#include "HistoryModel.h"
#include "MessageWidget.h"
#include "OrderDetailDialog.h"
#include "Terminal.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTypingPauseMs = 400;

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setStyleSheet(u"color: palette(mid);"_s);
    return label;
}

} // namespace

HistoryPage::HistoryPage(BackOfficeClient *client, Terminal *terminal, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_terminal(terminal)
    , m_model(new HistoryModel(client, this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_status(new QComboBox(this))
    , m_method(new QComboBox(this))
    , m_operator(new QComboBox(this))
    , m_terminalBox(new QComboBox(this))
    , m_cashier(new QComboBox(this))
    , m_minTotal(new QLineEdit(this))
    , m_maxTotal(new QLineEdit(this))
    , m_search(new QLineEdit(this))
    , m_flagged(new QCheckBox(tr("To review only"), this))
    , m_export(new QPushButton(tr("Export CSV…"), this))
    , m_totals(new QLabel(this))
    , m_message(new MessageWidget(this))
    , m_table(new QTableView(this))
    , m_typing(new QTimer(this))
{
    setObjectName(u"historyPage"_s);
    m_message->hide();

    m_period->setObjectName(u"period"_s);
    m_period->addItem(tr("Today"), QVariant::fromValue(Period::Today));
    m_period->addItem(tr("Yesterday"), QVariant::fromValue(Period::Yesterday));
    m_period->addItem(tr("This week"), QVariant::fromValue(Period::ThisWeek));
    m_period->addItem(tr("This month"), QVariant::fromValue(Period::ThisMonth));
    m_period->addItem(tr("Custom dates"), QVariant::fromValue(Period::Custom));
    m_period->addItem(tr("All dates"), QVariant::fromValue(Period::AllDates));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"dd/MM/yyyy"_s);
    }
    m_from->setObjectName(u"from"_s);
    m_to->setObjectName(u"to"_s);

    m_status->setObjectName(u"status"_s);
    m_status->addItem(tr("All statuses"));
    for (const OrderStatus status : allOrderStatuses())
        m_status->addItem(orderStatusDisplayName(status), orderStatusToString(status));

    m_method->setObjectName(u"method"_s);
    m_method->addItem(tr("All methods"));
    m_method->addItem(paymentMethodDisplayName(PaymentMethod::Cash),
                      paymentMethodToString(PaymentMethod::Cash));
    m_method->addItem(paymentMethodDisplayName(PaymentMethod::LigdiCash),
                      paymentMethodToString(PaymentMethod::LigdiCash));

    // Operators as LigdiCash names them; editable for one it adds tomorrow.
    m_operator->setObjectName(u"operator"_s);
    m_operator->setEditable(true);
    m_operator->setInsertPolicy(QComboBox::NoInsert);
    m_operator->addItem(QString());
    m_operator->addItem(u"ORANGE BURKINA"_s);
    m_operator->addItem(u"MOOV AFRICA BURKINA"_s);
    m_operator->setCurrentIndex(0);
    m_operator->lineEdit()->setPlaceholderText(tr("All operators"));
    m_operator->setMinimumContentsLength(14);

    m_terminalBox->setObjectName(u"terminal"_s);
    m_terminalBox->addItem(tr("All tills"));
    m_cashier->setObjectName(u"cashier"_s);
    m_cashier->addItem(tr("All cashiers"));

    m_minTotal->setObjectName(u"minTotal"_s);
    m_maxTotal->setObjectName(u"maxTotal"_s);
    m_minTotal->setPlaceholderText(tr("min"));
    m_maxTotal->setPlaceholderText(tr("max"));
    m_minTotal->setMaximumWidth(90);
    m_maxTotal->setMaximumWidth(90);
    m_search->setObjectName(u"search"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Order number, LigdiCash reference or customer number"));
    m_flagged->setObjectName(u"flagged"_s);
    m_flagged->setToolTip(tr("Orders with an amount mismatch or paid late, not yet reviewed"));
    m_export->setObjectName(u"export"_s);

    auto *filters = new QGridLayout;
    filters->setHorizontalSpacing(6);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_period);
    dates->addWidget(m_from);
    dates->addWidget(caption(u"→"_s, this));
    dates->addWidget(m_to);
    filters->addWidget(caption(tr("Period"), this), 0, 0);
    filters->addLayout(dates, 0, 1);
    filters->addWidget(caption(tr("Status"), this), 0, 2);
    filters->addWidget(m_status, 0, 3);
    filters->addWidget(caption(tr("Method"), this), 0, 4);
    filters->addWidget(m_method, 0, 5);
    auto *amounts = new QHBoxLayout;
    amounts->addWidget(m_minTotal);
    amounts->addWidget(caption(u"–"_s, this));
    amounts->addWidget(m_maxTotal);
    amounts->addStretch(1);

    filters->addWidget(caption(tr("Amount"), this), 1, 0);
    filters->addLayout(amounts, 1, 1);
    filters->addWidget(caption(tr("Till"), this), 1, 2);
    filters->addWidget(m_terminalBox, 1, 3);
    filters->addWidget(caption(tr("Cashier"), this), 1, 4);
    filters->addWidget(m_cashier, 1, 5);
    // Three pairs a row: the French captions and entries must fit 1366 pixels beside the side
    // list.
    filters->addWidget(caption(tr("Operator"), this), 2, 0);
    filters->addWidget(m_operator, 2, 1);
    filters->addWidget(m_flagged, 2, 2, 1, 4);
    filters->setColumnStretch(6, 1); // the pairs keep to the left; the space goes to the right

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_export);

    m_totals->setObjectName(u"totals"_s);
    QFont totalsFont = m_totals->font();
    totalsFont.setPointSizeF(totalsFont.pointSizeF() * 1.15);
    totalsFont.setBold(true);
    m_totals->setFont(totalsFont);

    m_table->setObjectName(u"historyTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    // Sized for 1366-pixel screens: the whole row readable without scrolling sideways.
    header->resizeSection(HistoryModel::CreatedAt, 120);
    header->resizeSection(HistoryModel::Status, 120);
    header->resizeSection(HistoryModel::Total, 95);
    header->resizeSection(HistoryModel::Method, 75);
    header->resizeSection(HistoryModel::Operator, 150);
    header->resizeSection(HistoryModel::Customer, 120);
    header->resizeSection(HistoryModel::Reference, 145);
    header->resizeSection(HistoryModel::Terminal, 60);
    header->resizeSection(HistoryModel::Cashier, 110);
    header->setSortIndicator(HistoryModel::CreatedAt, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    // Only date and amount sort (on the server): put the arrow back on any other column.
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this, header](int column, Qt::SortOrder) {
                if (HistoryModel::isSortable(column))
                    return;
                const HistoryFilter::Sort sort = m_model->sortOrder();
                const bool byTotal =
                    sort == HistoryFilter::Sort::TotalAsc || sort == HistoryFilter::Sort::TotalDesc;
                const bool ascending = sort == HistoryFilter::Sort::TotalAsc ||
                                       sort == HistoryFilter::Sort::CreatedAsc;
                const QSignalBlocker blocker(header);
                header->setSortIndicator(byTotal ? HistoryModel::Total : HistoryModel::CreatedAt,
                                         ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
            });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addLayout(searchRow);
    layout->addWidget(m_message);
    layout->addWidget(m_totals);
    layout->addWidget(m_table, 1);

    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingPauseMs);
    connect(m_typing, &QTimer::timeout, this, &HistoryPage::applyFilters);
    for (QLineEdit *edit : {m_minTotal, m_maxTotal, m_search}) {
        connect(edit, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::returnPressed, this, &HistoryPage::applyFilters);
    }
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) // the clear button
            m_typing->start();
    });
    connect(m_operator->lineEdit(), &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    for (QComboBox *box : {m_status, m_method, m_operator, m_terminalBox, m_cashier}) {
        connect(box, &QComboBox::activated, this, &HistoryPage::applyFilters);
        // Sized for a short entry, not the longest ("Tous les moyens de paiement"): the filters
        // must fit 1366 pixels in French too.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
    }
    connect(m_period, &QComboBox::activated, this, &HistoryPage::periodChanged);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_period->currentData().value<Period>() == Period::Custom)
                applyFilters();
        });
    connect(m_flagged, &QCheckBox::toggled, this, &HistoryPage::applyFilters);
    connect(m_export, &QPushButton::clicked, this, &HistoryPage::exportCsv);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            openOrder(m_model->order(index.row()).id);
    });
    connect(m_model, &HistoryModel::loadFailed, this, [this](const QString &message) {
        m_message->showMessage(tr("The orders could not be loaded: %1").arg(message),
                               MessageWidget::Type::Error);
    });

    setPeriod(Period::Today);
}

void HistoryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_started)
        return;
    // Loaded when first shown, not when the back office is built: a manager who only looks at
    // reports does not pay for the history.
    m_started = true;
    loadChoices();
    applyFilters();
}

void HistoryPage::loadChoices()
{
    m_client->fetchTerminals(
        this, [this](const QList<BackOfficeClient::Choice> &terminals, const ServerError &) {
            for (const auto &choice : terminals)
                m_terminalBox->addItem(choice.name.isEmpty() ? choice.id : choice.name, choice.id);
        });
    m_client->fetchCashiers(
        this, [this](const QList<BackOfficeClient::Choice> &people, const ServerError &) {
            for (const auto &choice : people)
                m_cashier->addItem(choice.name.isEmpty() ? choice.id : choice.name, choice.id);
        });
}

void HistoryPage::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(QVariant::fromValue(period)));
    periodChanged();
}

void HistoryPage::periodChanged()
{
    const Period period = m_period->currentData().value<Period>();
    const QDate today = Clock::currentDateTimeUtc().toLocalTime().date();
    QDate from = today;
    QDate last = today; // inclusive, as the date fields show it
    switch (period) {
    case Period::Today:
        break;
    case Period::Yesterday:
        from = last = today.addDays(-1);
        break;
    case Period::ThisWeek:
        from = today.addDays(1 - today.dayOfWeek());
        break;
    case Period::ThisMonth:
        from = QDate(today.year(), today.month(), 1);
        break;
    case Period::Custom:
    case Period::AllDates:
        from = m_from->date();
        last = m_to->date();
        break;
    }
    const bool custom = period == Period::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    m_from->setVisible(period != Period::AllDates);
    m_to->setVisible(period != Period::AllDates);
    {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(from);
        m_to->setDate(last);
    }
    if (m_started)
        applyFilters();
}

HistoryFilter HistoryPage::currentFilter() const
{
    HistoryFilter filter;
    const Period period = m_period->currentData().value<Period>();
    if (period != Period::AllDates) {
        filter.from = m_from->date();
        filter.to = m_to->date().addDays(1); // the last day shown is included
    }
    filter.tzOffsetMinutes = Clock::currentDateTimeUtc().toLocalTime().offsetFromUtc() / 60;
    if (const auto status = orderStatusFromString(m_status->currentData().toString()))
        filter.statuses = {*status};
    filter.method = paymentMethodFromString(m_method->currentData().toString());
    filter.operatorName = m_operator->currentText().trimmed();
    filter.terminalId = m_terminalBox->currentData().toString();
    filter.cashierId = m_cashier->currentData().toString();
    if (!m_minTotal->text().trimmed().isEmpty())
        filter.minTotal = Money::parse(m_minTotal->text());
    if (!m_maxTotal->text().trimmed().isEmpty())
        filter.maxTotal = Money::parse(m_maxTotal->text());
    filter.flaggedOnly = m_flagged->isChecked();
    filter.search = m_search->text().trimmed();
    return filter;
}

void HistoryPage::applyFilters()
{
    m_typing->stop();
    // An amount that does not read is refused here, with the field marked, rather than ignored.
    bool amountsOk = true;
    for (QLineEdit *edit : {m_minTotal, m_maxTotal}) {
        const bool ok = edit->text().trimmed().isEmpty() || Money::parse(edit->text());
        edit->setStyleSheet(ok ? QString() : u"QLineEdit { border: 2px solid #b02020; }"_s);
        amountsOk = amountsOk && ok;
    }
    if (!amountsOk) {
        m_message->showMessage(tr("Amounts are whole francs, e.g. 2500 or 2 500."),
                               MessageWidget::Type::Warning);
        return;
    }
    m_message->hideMessage();
    m_started = true;
    const HistoryFilter filter = currentFilter();
    m_model->setFilter(filter);
    refreshSummary();
}

void HistoryPage::refreshSummary()
{
    const quint64 generation = ++m_summaryGeneration;
    m_totals->setText(tr("Counting…"));
    m_client->fetchSummary(
        m_model->filter(), this,
        [this, generation](const HistorySummary &summary, const ServerError &error) {
            if (generation != m_summaryGeneration)
                return;
            if (!error.isOk()) {
                m_totals->setText(tr("Totals unavailable: %1").arg(error.userMessage()));
                return;
            }
            QString text =
                tr("%Ln order(s) · %1", nullptr, int(qMin<qint64>(summary.count, INT_MAX)))
                    .arg(summary.total.toString());
            if (summary.paidCount != summary.count)
                text += u"   —   "_s +
                        tr("paid: %Ln · %1", nullptr, int(qMin<qint64>(summary.paidCount, INT_MAX)))
                            .arg(summary.paidTotal.toString());
            m_totals->setText(text);
        });
}

QString HistoryPage::suggestedFileName() const
{
    const HistoryFilter filter = m_model->filter();
    QString name = tr("orders");
    if (filter.from.isValid())
        name += u'-' + filter.from.toString(Qt::ISODate);
    if (filter.to.isValid() && filter.to.addDays(-1) != filter.from)
        name += u'-' + filter.to.addDays(-1).toString(Qt::ISODate);
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return folder + u'/' + name + u".csv"_s;
}

void HistoryPage::exportCsv()
{
    if (m_exporting)
        return;
    const QString suggested = suggestedFileName();
    const QString path = m_savePath
                             ? m_savePath(suggested)
                             : QFileDialog::getSaveFileName(this, tr("Export the orders"),
                                                            suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    m_exporting = true;
    m_export->setEnabled(false);
    m_message->showMessage(tr("Exporting…"), MessageWidget::Type::Information);
    m_client->exportCsv(
        m_model->filter(), m_model->sortOrder(), path, this,
        [this, path](const qint64 &bytes, const ServerError &error) {
            m_exporting = false;
            m_export->setEnabled(true);
            if (!error.isOk()) {
                m_message->showMessage(tr("The export failed: %1").arg(error.userMessage()),
                                       MessageWidget::Type::Error);
                return;
            }
            m_message->showMessage(
                tr("Exported to %1 (%2).")
                    .arg(QDir::toNativeSeparators(path), QLocale().formattedDataSize(bytes)),
                MessageWidget::Type::Positive, 8000);
        });
}

OrderDetailDialog *HistoryPage::openOrder(const QString &orderId)
{
    if (m_detail)
        m_detail->close();
    auto *dialog = new OrderDetailDialog(m_client, m_terminal, orderId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OrderDetailDialog::orderChanged, this, [this](const HistoryOrder &order) {
        m_model->updateOrder(order);
        refreshSummary();
    });
    m_detail = dialog;
    dialog->open();
    return dialog;
}
