#include "CatalogAdminPage.h"

#include "AdminTable.h"
#include "CatalogProductFilter.h"
#include "CatalogProductModel.h"
#include "CatalogSync.h"
#include "CsvImportDialog.h"
#include "InlineConfirmation.h"
#include "MessageWidget.h"
#include "ProductEditDialog.h"
#include "backoffice/AdminClient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QShowEvent>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCatalogAdminPage, "comptoir.ui.catalogadminpage")

CatalogAdminPage::CatalogAdminPage(ServerClient *server, CatalogSync *catalogSync, QWidget *parent)
    : QWidget(parent)
    , m_admin(new AdminClient(server, this))
    , m_catalogSync(catalogSync)
    , m_model(new CatalogProductModel(this))
    , m_filter(new CatalogProductFilter(this))
    , m_message(new MessageWidget(this))
    , m_filterEdit(new QLineEdit(this))
    , m_categoryBox(new QComboBox(this))
    , m_showInactive(new QCheckBox(tr("Show inactive"), this))
    , m_addButton(new QPushButton(tr("&New product…"), this))
    , m_editButton(new QPushButton(tr("&Edit…"), this))
    , m_activeButton(new QPushButton(tr("&Deactivate"), this))
    , m_importButton(new QPushButton(tr("&Import CSV…"), this))
    , m_exportButton(new QPushButton(tr("E&xport CSV…"), this))
    , m_reloadButton(new QPushButton(tr("&Reload"), this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
{
    setObjectName(u"catalogAdminPage"_s);
    m_filter->setSourceModel(m_model);

    m_filterEdit->setPlaceholderText(tr("Filter by name, SKU or barcode"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->addAction(QIcon(u":/icons/search.svg"_s), QLineEdit::LeadingPosition);
    m_filterEdit->setMinimumWidth(260);
    m_categoryBox->setMinimumWidth(180);
    m_categoryBox->setAccessibleName(tr("Category"));
    setCategories({});
    m_addButton->setObjectName(u"addProduct"_s);
    m_activeButton->setObjectName(u"toggleActive"_s);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filterEdit, 1);
    filters->addWidget(m_categoryBox);
    filters->addWidget(m_showInactive);
    filters->addStretch();
    filters->addWidget(m_reloadButton);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_addButton);
    actions->addWidget(m_editButton);
    actions->addWidget(m_activeButton);
    actions->addStretch();
    actions->addWidget(m_importButton);
    actions->addWidget(m_exportButton);

    AdminTable::setUp(m_table, m_filter, CatalogProductModel::NameColumn);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CatalogProductModel::NameColumn, Qt::AscendingOrder);
    m_table->setColumnWidth(CatalogProductModel::CategoryColumn, 160);
    m_table->setColumnWidth(CatalogProductModel::PriceColumn, 130);
    m_table->setColumnWidth(CatalogProductModel::SkuColumn, 120);
    m_table->setColumnWidth(CatalogProductModel::BarcodeColumn, 150);
    m_table->setColumnWidth(CatalogProductModel::ActiveColumn, 90);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    m_message->hide();

    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        updateCount();
    });
    connect(m_categoryBox, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setCategory(m_categoryBox->currentData().toString());
        updateCount();
    });
    connect(m_showInactive, &QCheckBox::toggled, this, [this](bool show) {
        m_filter->setShowInactive(show);
        updateCount();
    });
    connect(m_addButton, &QPushButton::clicked, this, &CatalogAdminPage::addProduct);
    connect(m_editButton, &QPushButton::clicked, this,
            [this] { editProduct(selectedProductId()); });
    connect(m_table, &QTableView::doubleClicked, this,
            [this] { editProduct(selectedProductId()); });
    connect(m_activeButton, &QPushButton::clicked, this, &CatalogAdminPage::toggleSelectedActive);
    connect(m_importButton, &QPushButton::clicked, this, &CatalogAdminPage::chooseImportFile);
    connect(m_exportButton, &QPushButton::clicked, this, &CatalogAdminPage::chooseExportFile);
    connect(m_reloadButton, &QPushButton::clicked, this, &CatalogAdminPage::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CatalogAdminPage::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CatalogAdminPage::updateActions);
    updateActions();
    updateCount();
}

void CatalogAdminPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_requested)
        reload();
}

void CatalogAdminPage::reload()
{
    m_requested = true;
    m_reloadButton->setEnabled(false);
    m_admin->fetchProducts(this, [this](const QList<Product> &products, const ServerError &error) {
        m_reloadButton->setEnabled(true);
        if (!error.isOk()) {
            m_message->showMessage(
                tr("Could not load the products. %1").arg(AdminClient::errorText(error)),
                MessageWidget::Type::Error);
            return;
        }
        const QString selected = selectedProductId();
        m_model->setProducts(products);
        m_loaded = true;
        if (!selected.isEmpty())
            selectProduct(selected);
        updateActions();
        updateCount();
    });
    fetchCategories();
}

void CatalogAdminPage::fetchCategories()
{
    m_admin->fetchCategories(this, [this](const QStringList &categories, const ServerError &error) {
        if (error.isOk())
            setCategories(categories);
        else
            qCInfo(lcCatalogAdminPage) << "categories not loaded:" << error.userMessage();
    });
}

void CatalogAdminPage::setCategories(const QStringList &categories)
{
    m_categories = categories;
    const QString current = m_categoryBox->currentData().toString();
    const QSignalBlocker blocker(m_categoryBox);
    m_categoryBox->clear();
    m_categoryBox->addItem(tr("All categories"), QString());
    for (const QString &category : categories)
        m_categoryBox->addItem(category, category);
    const int index = m_categoryBox->findData(current);
    m_categoryBox->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && !current.isEmpty()) {
        m_filter->setCategory(QString());
        updateCount();
    }
}

ProductEditDialog *CatalogAdminPage::addProduct()
{
    Product product;
    product.setCategory(m_categoryBox->currentData().toString());
    auto *dialog = new ProductEditDialog(m_admin, product, m_categories, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProductEditDialog::saved, this, &CatalogAdminPage::productSaved);
    dialog->open();
    return dialog;
}

ProductEditDialog *CatalogAdminPage::editProduct(const QString &productId)
{
    const int row = m_model->rowOf(productId);
    if (productId.isEmpty() || row < 0)
        return nullptr;
    auto *dialog = new ProductEditDialog(m_admin, m_model->product(row), m_categories, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProductEditDialog::saved, this, &CatalogAdminPage::productSaved);
    dialog->open();
    return dialog;
}

void CatalogAdminPage::productSaved(const Product &product)
{
    m_model->upsert(product);
    selectProduct(product.id());
    m_message->showMessage(tr("“%1” saved.").arg(product.name()), MessageWidget::Type::Positive,
                           4000);
    changed();
}

void CatalogAdminPage::changed()
{
    updateCount();
    fetchCategories();
    // This terminal sees the change at once; the others on their next periodic refresh.
    if (m_catalogSync)
        m_catalogSync->refresh();
    Q_EMIT catalogChanged();
}

void CatalogAdminPage::toggleSelectedActive()
{
    const int row = m_model->rowOf(selectedProductId());
    if (row < 0)
        return;
    const Product product = m_model->product(row);
    setProductActive(product.id(), !product.isActive());
}

void CatalogAdminPage::setProductActive(const QString &productId, bool active)
{
    const int row = m_model->rowOf(productId);
    if (row < 0)
        return;
    Product product = m_model->product(row);
    auto send = [this, product, active]() mutable {
        product.setActive(active);
        m_message->clearActions();
        m_admin->updateProduct(
            product, this, [this, active](const Product &saved, const ServerError &error) {
                if (!error.isOk()) {
                    m_message->showMessage(AdminClient::errorText(error),
                                           MessageWidget::Type::Error);
                    return;
                }
                m_model->upsert(saved);
                m_message->showMessage(
                    active ? tr("“%1” is on sale again.").arg(saved.name())
                           : tr("“%1” is deactivated: it can no longer be sold.").arg(saved.name()),
                    MessageWidget::Type::Positive, 5000);
                changed();
            });
    };
    if (active) {
        send();
        return;
    }
    InlineConfirmation::ask(
        m_message,
        tr("Deactivate “%1”? It will no longer be sold; past orders keep it.").arg(product.name()),
        tr("Yes, deactivate"), u"confirmDeactivate"_s, tr("No"), send);
}

CsvImportDialog *CatalogAdminPage::importFile(const QString &path)
{
    auto *dialog = new CsvImportDialog(m_admin, path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CsvImportDialog::imported, this, [this] {
        reload();
        changed();
    });
    dialog->open();
    dialog->start();
    return dialog;
}

void CatalogAdminPage::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import products"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void CatalogAdminPage::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the catalog"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("catalog.csv")),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void CatalogAdminPage::exportTo(const QString &path)
{
    m_exportButton->setEnabled(false);
    m_message->showMessage(tr("Exporting…"), MessageWidget::Type::Information);
    m_admin->exportCatalog(path, this, [this, path](qint64 bytes, const ServerError &error) {
        m_exportButton->setEnabled(true);
        if (!error.isOk()) {
            m_message->showMessage(tr("The export failed. %1").arg(AdminClient::errorText(error)),
                                   MessageWidget::Type::Error);
            return;
        }
        qCInfo(lcCatalogAdminPage) << "catalog exported:" << bytes << "bytes";
        m_message->showMessage(tr("Catalog exported to %1.").arg(QDir::toNativeSeparators(path)),
                               MessageWidget::Type::Positive, 8000);
    });
}

QString CatalogAdminPage::selectedProductId() const
{
    return AdminTable::selectedId(m_table, CatalogProductModel::ProductIdRole);
}

void CatalogAdminPage::selectProduct(const QString &productId)
{
    const int row = m_model->rowOf(productId);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    AdminTable::selectRow(m_table, index);
    m_table->scrollTo(index);
}

void CatalogAdminPage::updateActions()
{
    const int row = m_model->rowOf(selectedProductId());
    const bool selected = row >= 0;
    m_editButton->setEnabled(selected);
    m_activeButton->setEnabled(selected);
    m_activeButton->setText(selected && !m_model->product(row).isActive() ? tr("Re&activate")
                                                                          : tr("&Deactivate"));
}

void CatalogAdminPage::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    m_count->setText(shown == total ? tr("%n product(s)", nullptr, total)
                                    : tr("%1 of %n product(s) shown", nullptr, total).arg(shown));
}
