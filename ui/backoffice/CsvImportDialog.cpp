#include "CsvImportDialog.h"

#include "MessageWidget.h"
#include "backoffice/AdminClient.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCsvImportDialog, "comptoir.ui.csvimportdialog")

namespace {

// The server's body limit is generous for a shop's catalog; a file beyond this is surely not one.
constexpr qint64 kMaxFileBytes = 32 * 1024 * 1024;

QString changeText(const QString &action)
{
    if (action == "create"_L1)
        return CsvImportDialog::tr("New");
    if (action == "update"_L1)
        return CsvImportDialog::tr("Update");
    if (action == "unchanged"_L1)
        return CsvImportDialog::tr("Unchanged");
    return action;
}

} // namespace

CsvImportDialog::CsvImportDialog(AdminClient *admin, const QString &filePath, QWidget *parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_filePath(filePath)
    , m_message(new MessageWidget(this))
    , m_summary(new QLabel(this))
    , m_preview(new QTableWidget(0, PreviewColumnCount, this))
    , m_rejectedTitle(new QLabel(this))
    , m_rejected(new QTableWidget(0, 2, this))
    , m_apply(new QPushButton(tr("&Import"), this))
    , m_close(new QPushButton(tr("Cancel"), this))
{
    setObjectName(u"csvImportDialog"_s);
    setWindowTitle(tr("Import products from %1").arg(QFileInfo(filePath).fileName()));
    resize(900, 620);

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    auto *previewTitle = new QLabel(tr("Accepted rows (first 50):"), this);
    m_preview->setHorizontalHeaderLabels({tr("Line"), tr("Change"), tr("Name"), tr("Category"),
                                          tr("Price"), tr("SKU"), tr("Barcode")});
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_preview->horizontalHeader()->setStretchLastSection(false);

    m_rejectedTitle->setStyleSheet(u"font-weight: bold;"_s);
    m_rejected->setHorizontalHeaderLabels({tr("Line"), tr("Why it is rejected")});
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejected->verticalHeader()->hide();
    m_rejected->horizontalHeader()->setStretchLastSection(true);
    m_rejected->setColumnWidth(0, 70);
    m_rejected->setMaximumHeight(180);

    m_apply->setEnabled(false);
    m_apply->setDefault(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_summary);
    layout->addWidget(previewTitle);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_rejectedTitle);
    layout->addWidget(m_rejected);
    layout->addWidget(buttons);
    m_rejectedTitle->hide();
    m_rejected->hide();

    connect(m_apply, &QPushButton::clicked, this, &CsvImportDialog::apply);
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (m_applied)
            accept();
        else
            reject();
    });
}

void CsvImportDialog::start()
{
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->showMessage(tr("Cannot read %1: %2").arg(m_filePath, file.errorString()),
                               MessageWidget::Type::Error);
        return;
    }
    if (file.size() > kMaxFileBytes) {
        m_message->showMessage(
            tr("This file is too large for a catalog (%1 MB).").arg(file.size() / (1024 * 1024)),
            MessageWidget::Type::Error);
        return;
    }
    m_csv = file.readAll();
    m_message->showMessage(tr("Checking the file…"), MessageWidget::Type::Information);
    m_admin->importCatalog(
        m_csv, true, this, [this](const CatalogImportReport &report, const ServerError &error) {
            if (!error.isOk()) {
                m_message->showMessage(AdminClient::errorText(error), MessageWidget::Type::Error);
                return;
            }
            m_message->hideMessage();
            showReport(report);
        });
}

void CsvImportDialog::showReport(const CatalogImportReport &report)
{
    m_report = report;
    const int accepted = report.created + report.updated;
    QString summary = tr("%n row(s) read: %1 new, %2 updated, %3 rejected.", nullptr, report.rows)
                          .arg(report.created)
                          .arg(report.updated)
                          .arg(report.rejected.size());
    if (report.unchanged > 0)
        summary += u' ' + tr("%n row(s) already match the catalog.", nullptr, report.unchanged);
    if (!report.rejected.isEmpty() && accepted > 0)
        summary +=
            u' ' + tr("Rejected rows are skipped; fix them in the file and import it again.");
    m_summary->setText(summary);
    m_preview->setRowCount(int(report.preview.size()));
    for (qsizetype row = 0; row < report.preview.size(); ++row) {
        const CatalogImportReport::Row &shown = report.preview.at(row);
        const Product &product = shown.product;
        const QString cells[] = {shown.line > 0 ? QString::number(shown.line) : QString(),
                                 changeText(shown.action),
                                 product.name(),
                                 product.category(),
                                 product.unitPrice().toString(),
                                 product.sku(),
                                 product.barcode()};
        for (int column = 0; column < PreviewColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column == LineColumn || column == PriceColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_preview->setItem(int(row), column, item);
        }
    }

    m_rejected->setRowCount(int(report.rejected.size()));
    for (qsizetype row = 0; row < report.rejected.size(); ++row) {
        const CatalogImportReport::Rejection &rejection = report.rejected.at(row);
        auto *line = new QTableWidgetItem(QString::number(rejection.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_rejected->setItem(int(row), 0, line);
        m_rejected->setItem(int(row), 1, new QTableWidgetItem(rejection.reason));
    }
    m_rejectedTitle->setText(tr("%n rejected row(s):", nullptr, int(report.rejected.size())));
    m_rejectedTitle->setVisible(!report.rejected.isEmpty());
    m_rejected->setVisible(!report.rejected.isEmpty());

    if (!m_applied) {
        m_apply->setText(tr("&Import %n product(s)", nullptr, accepted));
        m_apply->setEnabled(accepted > 0);
        if (accepted == 0 && report.rejected.isEmpty())
            m_message->showMessage(tr("Nothing to change: the catalog already matches this file."),
                                   MessageWidget::Type::Information);
        else if (accepted == 0)
            m_message->showMessage(tr("No row can be imported."), MessageWidget::Type::Warning);
    }
}

void CsvImportDialog::apply()
{
    if (m_applied || m_csv.isEmpty())
        return;
    m_apply->setEnabled(false);
    m_message->showMessage(tr("Importing…"), MessageWidget::Type::Information);
    m_admin->importCatalog(
        m_csv, false, this, [this](const CatalogImportReport &report, const ServerError &error) {
            if (!error.isOk()) {
                m_apply->setEnabled(true);
                m_message->showMessage(AdminClient::errorText(error), MessageWidget::Type::Error);
                return;
            }
            m_applied = true;
            qCInfo(lcCsvImportDialog) << "catalog imported:" << report.created << "created"
                                      << report.updated << "updated";
            showReport(report);
            m_apply->hide();
            m_close->setText(tr("Close"));
            m_message->showMessage(
                tr("Imported: %1 new, %2 updated.").arg(report.created).arg(report.updated),
                MessageWidget::Type::Positive);
            Q_EMIT imported(report);
        });
}
