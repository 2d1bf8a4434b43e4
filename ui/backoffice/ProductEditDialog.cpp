#include "ProductEditDialog.h"

#include "MessageWidget.h"
#include "backoffice/AdminClient.h"
#include "domain/DomainLimits.h"

#include <QCheckBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ProductEditDialog::ProductEditDialog(AdminClient *admin, const Product &product,
                                     const QStringList &categories, QWidget *parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_original(product)
    , m_message(new MessageWidget(this))
    , m_name(new QLineEdit(product.name(), this))
    , m_category(new QLineEdit(product.category(), this))
    , m_price(new QLineEdit(this))
    , m_sku(new QLineEdit(product.sku(), this))
    , m_barcode(new QLineEdit(product.barcode(), this))
    , m_active(new QCheckBox(tr("On sale (active)"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"productEditDialog"_s);
    setWindowTitle(isNew() ? tr("New product") : tr("Edit product"));
    m_name->setMinimumWidth(340);

    // The server's limits (docs/manager-api.md, "Product fields").
    m_name->setMaxLength(120);
    m_category->setMaxLength(80);
    m_sku->setMaxLength(64);
    m_barcode->setMaxLength(64);
    auto *completer = new QCompleter(categories, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_category->setCompleter(completer);
    m_category->setPlaceholderText(tr("e.g. Boissons"));
    if (!isNew())
        m_price->setText(product.unitPrice().toDigits());
    m_price->setPlaceholderText(tr("e.g. 1 500"));
    m_price->setAlignment(Qt::AlignRight);
    m_barcode->setPlaceholderText(tr("Scan or type the barcode"));
    m_active->setChecked(isNew() || product.isActive());

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Category"), m_category);
    form->addRow(tr("&Price (FCFA)"), m_price);
    form->addRow(tr("&SKU"), m_sku);
    form->addRow(tr("&Barcode"), m_barcode);
    form->addRow(QString(), m_active);

    auto *layout = new QVBoxLayout(this);
    // The dialog follows its contents (the message bar comes and goes) instead of clipping them.
    layout->setSizeConstraint(QLayout::SetFixedSize);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_message->hide();

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProductEditDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ProductEditDialog::save()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_message->showMessage(tr("The product needs a name."), MessageWidget::Type::Error);
        m_name->setFocus();
        return;
    }
    const std::optional<Money> price = Money::parse(m_price->text());
    if (!price || price->isNegative() || price->francs() > DomainLimits::kMaxAmountFrancs) {
        m_message->showMessage(tr("The price must be a whole number of francs, e.g. 1 500."),
                               MessageWidget::Type::Error);
        m_price->setFocus();
        m_price->selectAll();
        return;
    }
    Product product = m_original;
    product.setName(name);
    product.setCategory(m_category->text().trimmed());
    product.setUnitPrice(*price);
    product.setSku(m_sku->text().trimmed());
    product.setBarcode(m_barcode->text().trimmed());
    product.setActive(m_active->isChecked());

    setBusy(true);
    m_message->showMessage(tr("Saving…"), MessageWidget::Type::Information);
    auto done = [this](const Product &savedProduct, const ServerError &error) {
        setBusy(false);
        if (!error.isOk()) {
            m_message->showMessage(AdminClient::errorText(error), MessageWidget::Type::Error);
            if (error.code == "duplicate_barcode"_L1)
                m_barcode->setFocus();
            else if (error.code == "duplicate_sku"_L1)
                m_sku->setFocus();
            return;
        }
        m_saved = savedProduct;
        m_message->hideMessage();
        Q_EMIT saved(m_saved);
        accept();
    };
    if (isNew())
        m_admin->createProduct(product, this, done);
    else
        m_admin->updateProduct(product, this, done);
}

void ProductEditDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
}
