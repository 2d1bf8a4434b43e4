#pragma once

// Adds or edits one product for the manager: name, category (completed from the shop's
// categories), price typed the way a cashier types money ("1 500", "1500 F"), SKU, barcode and
// whether it is on sale. It saves through AdminClient itself and stays open on a refusal
// (duplicate barcode, ...) with the reason shown inline, so nothing typed is lost.

#include "domain/Product.h"

#include <QDialog>

class AdminClient;
class MessageWidget;
class QCheckBox;
class QDialogButtonBox;
class QLineEdit;

class ProductEditDialog : public QDialog
{
    Q_OBJECT

public:
    // product.id() empty: a new product.
    ProductEditDialog(AdminClient *admin, const Product &product, const QStringList &categories,
                      QWidget *parent = nullptr);

    bool isNew() const { return m_original.id().isEmpty(); }
    // The product as the server saved it (valid once saved() was emitted).
    const Product &savedProduct() const { return m_saved; }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *categoryEdit() const { return m_category; }
    QLineEdit *priceEdit() const { return m_price; }
    QLineEdit *skuEdit() const { return m_sku; }
    QLineEdit *barcodeEdit() const { return m_barcode; }
    QCheckBox *activeBox() const { return m_active; }
    MessageWidget *message() const { return m_message; }

public Q_SLOTS:
    // Checks the fields, then sends; accept() follows the server's yes.
    void save();

Q_SIGNALS:
    void saved(const Product &product);

private:
    void setBusy(bool busy);

    AdminClient *m_admin;
    Product m_original;
    Product m_saved;
    MessageWidget *m_message;
    QLineEdit *m_name;
    QLineEdit *m_category;
    QLineEdit *m_price;
    QLineEdit *m_sku;
    QLineEdit *m_barcode;
    QCheckBox *m_active;
    QDialogButtonBox *m_buttons;
};
