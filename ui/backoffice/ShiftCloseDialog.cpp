#include "ShiftCloseDialog.h"

#include "MessageWidget.h"
#include "PinPad.h"
#include "ZReportPrinter.h"
#include "ZReportView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcShiftCloseDialog, "comptoir.ui.shiftclosedialog")

namespace {

enum Page { LoadingPage, CountPage, ApprovalPage, ReportPage };

QPushButton *bigButton(const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setMinimumHeight(52);
    return button;
}

} // namespace

const QList<qint64> &ShiftCloseDialog::notes()
{
    static const QList<qint64> values{10000, 5000, 2000, 1000, 500};
    return values;
}

ShiftCloseDialog::ShiftCloseDialog(ServerClient *server, QWidget *parent)
    : QDialog(parent)
    , m_client(server)
    , m_message(new MessageWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_loading(new QLabel(tr("Looking for the open shift…"), this))
{
    setWindowTitle(tr("Close the shift (Z)"));
    setObjectName(u"shiftCloseDialog"_s);
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    m_message->hide();
    m_loading->setAlignment(Qt::AlignCenter);
    m_pages->addWidget(m_loading);
    m_pages->addWidget(buildCountPage());
    m_pages->addWidget(buildApprovalPage());
    m_pages->addWidget(buildReportPage());
    layout->addWidget(m_pages, 1);
    setStep(Step::Loading);

    m_client.current(this, [this](const ShiftClient::Shift &shift, const ServerError &error) {
        if (error.code == ShiftClient::kNoShift || (error.kind == ServerError::Kind::NotFound)) {
            m_loading->setText(tr("No shift is open on this till."));
            setStep(Step::NoShift);
            return;
        }
        if (!error.isOk()) {
            m_loading->setText(
                tr("The open shift could not be found. %1").arg(error.userMessage()));
            setStep(Step::NoShift);
            return;
        }
        m_shift = shift;
        setStep(Step::Count);
    });
}

QWidget *ShiftCloseDialog::buildCountPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("Count the cash in the drawer and type what you counted. The "
                                "expected amount is shown once your count is sent."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    layout->addWidget(new QLabel(tr("Cash counted"), page));
    m_counted = new QLineEdit(page);
    m_counted->setObjectName(u"countedCash"_s);
    m_counted->setAccessibleName(tr("Cash counted"));
    m_counted->setPlaceholderText(tr("Total of notes and coins"));
    m_counted->setMinimumHeight(48);
    m_counted->setStyleSheet(u"font-size: 24px;"_s);
    layout->addWidget(m_counted);

    m_byDenomination = new QCheckBox(tr("Count note by note"), page);
    m_byDenomination->setObjectName(u"byDenomination"_s);
    layout->addWidget(m_byDenomination);
    m_denominations = new QWidget(page);
    auto *grid = new QGridLayout(m_denominations);
    grid->setContentsMargins(0, 0, 0, 0);
    int row = 0;
    for (qint64 francs : notes()) {
        grid->addWidget(
            new QLabel(tr("%1 notes").arg(Money::fromFrancs(francs).toString()), m_denominations),
            row, 0);
        auto *spin = new QSpinBox(m_denominations);
        spin->setRange(0, 100000);
        spin->setMinimumHeight(36);
        spin->setProperty("francs", francs);
        spin->setAccessibleName(tr("Number of %1 notes").arg(Money::fromFrancs(francs).toString()));
        connect(spin, &QSpinBox::valueChanged, this, &ShiftCloseDialog::updateTotal);
        grid->addWidget(spin, row, 1);
        m_noteSpins.append(spin);
        ++row;
    }
    grid->addWidget(new QLabel(tr("Coins (total)"), m_denominations), row, 0);
    m_coins = new QLineEdit(m_denominations);
    m_coins->setObjectName(u"coins"_s);
    m_coins->setAccessibleName(tr("Coins (total)"));
    m_coins->setMinimumHeight(36);
    m_coins->setPlaceholderText(u"0"_s);
    connect(m_coins, &QLineEdit::textChanged, this, &ShiftCloseDialog::updateTotal);
    grid->addWidget(m_coins, row, 1);
    m_denominations->hide();
    layout->addWidget(m_denominations);
    connect(m_byDenomination, &QCheckBox::toggled, this, [this](bool on) {
        m_denominations->setVisible(on);
        m_counted->setReadOnly(on);
        updateTotal();
    });

    layout->addWidget(new QLabel(tr("Note (optional)"), page));
    m_note = new QLineEdit(page);
    m_note->setObjectName(u"closeNote"_s);
    m_note->setMaxLength(500);
    layout->addWidget(m_note);
    layout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    auto *cancel = bigButton(tr("Cancel (Esc)"), page);
    m_submit = bigButton(tr("Send the count and close"), page);
    m_submit->setObjectName(u"submitCount"_s);
    m_submit->setDefault(true);
    m_submit->setStyleSheet(
        u"QPushButton { background: #2e9d4a; color: white; font-size: 18px; font-weight: bold; "
        "border-radius: 6px; } QPushButton:disabled { background: #a7c9af; }"_s);
    buttons->addWidget(cancel);
    buttons->addWidget(m_submit, 1);
    layout->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_submit, &QPushButton::clicked, this, &ShiftCloseDialog::submitCount);
    connect(m_counted, &QLineEdit::textChanged, this, &ShiftCloseDialog::updateTotal);
    connect(m_counted, &QLineEdit::returnPressed, this, &ShiftCloseDialog::submitCount);
    updateTotal();
    return page;
}

QWidget *ShiftCloseDialog::buildApprovalPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *text = new QLabel(tr("The count differs from the expected cash by more than the shop "
                               "allows. A manager must approve it with their PIN, or count "
                               "again."),
                            page);
    text->setWordWrap(true);
    text->setStyleSheet(u"font-size: 15px;"_s);
    layout->addWidget(text);
    layout->addWidget(new QLabel(tr("Manager"), page));
    m_manager = new QComboBox(page);
    m_manager->setObjectName(u"approvingManager"_s);
    m_manager->setMinimumHeight(40);
    layout->addWidget(m_manager);
    m_pinPad = new PinPad(page);
    m_pinPad->setObjectName(u"managerPinPad"_s);
    layout->addWidget(m_pinPad, 1);
    auto *recount = bigButton(tr("Count again"), page);
    layout->addWidget(recount);
    connect(recount, &QPushButton::clicked, this, [this] {
        m_message->hideMessage();
        setStep(Step::Count);
    });
    connect(m_pinPad, &PinPad::pinEntered, this, [this](const QString &pin) {
        const QString managerId = m_manager->currentData().toString();
        if (managerId.isEmpty()) {
            m_message->showMessage(tr("Pick the manager who approves."),
                                   MessageWidget::Type::Warning);
            return;
        }
        send(ShiftClient::Approval{managerId, pin});
    });
    return page;
}

QWidget *ShiftCloseDialog::buildReportPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_view = new ZReportView(page);
    layout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    auto *print = bigButton(tr("Print…"), page);
    auto *pdf = bigButton(tr("Save as PDF…"), page);
    auto *done = bigButton(tr("Done"), page);
    done->setObjectName(u"zDone"_s);
    buttons->addWidget(print);
    buttons->addWidget(pdf);
    buttons->addStretch(1);
    buttons->addWidget(done);
    layout->addLayout(buttons);
    connect(print, &QPushButton::clicked, this, &ShiftCloseDialog::askPrint);
    connect(pdf, &QPushButton::clicked, this, &ShiftCloseDialog::askPdf);
    connect(done, &QPushButton::clicked, this, &QDialog::accept);
    return page;
}

QSpinBox *ShiftCloseDialog::noteSpin(qint64 francs) const
{
    const qsizetype index = notes().indexOf(francs);
    return index < 0 ? nullptr : m_noteSpins.at(index);
}

std::optional<Money> ShiftCloseDialog::counted() const
{
    if (!m_byDenomination->isChecked()) {
        const auto amount = Money::parse(m_counted->text());
        if (!amount || amount->isNegative())
            return std::nullopt;
        return amount;
    }
    std::optional<Money> sum = Money();
    if (!m_coins->text().trimmed().isEmpty()) {
        const auto coins = Money::parse(m_coins->text());
        if (!coins || coins->isNegative())
            return std::nullopt;
        sum = coins;
    }
    for (QSpinBox *spin : m_noteSpins) {
        const auto notes =
            Money::fromFrancs(spin->property("francs").toLongLong()).times(spin->value());
        if (!notes)
            return std::nullopt;
        sum = sum->plus(*notes);
        if (!sum)
            return std::nullopt;
    }
    return sum;
}

void ShiftCloseDialog::updateTotal()
{
    if (m_byDenomination->isChecked()) {
        const auto sum = counted();
        const QSignalBlocker block(m_counted);
        m_counted->setText(sum ? sum->toDigits() : QString());
    }
    m_submit->setEnabled(!m_busy && counted().has_value());
}

void ShiftCloseDialog::setStep(Step step)
{
    m_step = step;
    switch (step) {
    case Step::Loading:
    case Step::NoShift:
        m_pages->setCurrentIndex(LoadingPage);
        break;
    case Step::Count:
        m_pages->setCurrentIndex(CountPage);
        m_counted->setFocus();
        break;
    case Step::Approval:
        m_pages->setCurrentIndex(ApprovalPage);
        m_pinPad->clear();
        m_pinPad->setFocus();
        break;
    case Step::Report:
        m_pages->setCurrentIndex(ReportPage);
        break;
    }
    Q_EMIT stepChanged(step);
}

void ShiftCloseDialog::submitCount()
{
    if (m_step != Step::Count || !counted())
        return;
    send(std::nullopt);
}

void ShiftCloseDialog::send(const std::optional<ShiftClient::Approval> &approval)
{
    const auto amount = counted();
    if (m_busy || !amount || !m_shift.isValid())
        return;
    m_busy = true;
    updateTotal();
    m_client.close(m_shift.id, *amount, m_note->text().trimmed(), approval, this,
                   [this, approving = approval.has_value()](const ShiftReport &report,
                                                            const ServerError &error) {
                       m_busy = false;
                       updateTotal();
                       if (error.code == ShiftClient::kApprovalRequired) {
                           m_message->hideMessage();
                           loadManagers();
                           setStep(Step::Approval);
                           return;
                       }
                       if (error.code == ShiftClient::kWrongPin) {
                           m_pinPad->clear();
                           m_message->showMessage(
                               tr("Wrong PIN for %1. Try again.").arg(m_manager->currentText()),
                               MessageWidget::Type::Error);
                           return;
                       }
                       if (!error.isOk()) {
                           qCInfo(lcShiftCloseDialog)
                               << "close refused:" << error.httpStatus << error.code;
                           if (approving)
                               m_pinPad->clear();
                           m_message->showMessage(
                               tr("The shift could not be closed. %1").arg(error.userMessage()),
                               MessageWidget::Type::Error);
                           return;
                       }
                       m_message->hideMessage();
                       m_report = report;
                       m_view->setReport(report);
                       setStep(Step::Report);
                       Q_EMIT shiftClosed(report);
                   });
}

void ShiftCloseDialog::loadManagers()
{
    if (m_manager->count() > 0)
        return;
    m_client.managers(
        this, [this](const QList<ShiftClient::Manager> &managers, const ServerError &error) {
            if (!error.isOk()) {
                m_message->showMessage(
                    tr("The managers could not be listed. %1").arg(error.userMessage()),
                    MessageWidget::Type::Error);
                return;
            }
            for (const ShiftClient::Manager &manager : managers)
                m_manager->addItem(manager.name, manager.id);
        });
}

QString ShiftCloseDialog::savePdf(const QString &path) const
{
    if (!m_report.isValid())
        return tr("No Z report yet.");
    return ZReportPrinter::writePdf(m_report, path);
}

void ShiftCloseDialog::askPrint()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString problem = ZReportPrinter::print(m_report, &printer);
    if (!problem.isEmpty())
        m_message->showMessage(problem, MessageWidget::Type::Error);
}

void ShiftCloseDialog::askPdf()
{
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/z-"_s +
        m_report.closedAt.toLocalTime().toString(u"yyyyMMdd-HHmm"_s) + u".pdf"_s;
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
