#pragma once

// The manager's catalog: every product (inactive ones on request) with a filter box and a
// category filter; add and edit products, set them aside (deactivate: orders refer to products,
// so there is no delete), import a CSV after a dry run, export the catalog as CSV. After a change
// this terminal refreshes its own catalog at once; the others pick it up on their next refresh.

#include <QPointer>
#include <QStringList>
#include <QWidget>

class AdminClient;
class CatalogProductFilter;
class CatalogProductModel;
class CatalogSync;
class CsvImportDialog;
class MessageWidget;
class Product;
class ProductEditDialog;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class ServerClient;

class CatalogAdminPage : public QWidget
{
    Q_OBJECT

public:
    // catalogSync may be null (no local catalog to refresh).
    CatalogAdminPage(ServerClient *server, CatalogSync *catalogSync, QWidget *parent = nullptr);

    // Asks the server for the products and categories again.
    void reload();
    bool isLoaded() const { return m_loaded; }

    // The dialogs open window-modal and return at once (tests drive them through these).
    ProductEditDialog *addProduct();
    ProductEditDialog *editProduct(const QString &productId);
    CsvImportDialog *importFile(const QString &path);
    void exportTo(const QString &path);
    // Deactivating asks first (inline); reactivating does not.
    void setProductActive(const QString &productId, bool active);

    QString selectedProductId() const;
    void selectProduct(const QString &productId);

    CatalogProductModel *model() const { return m_model; }
    CatalogProductFilter *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QComboBox *categoryBox() const { return m_categoryBox; }
    QCheckBox *showInactiveBox() const { return m_showInactive; }
    QPushButton *activeButton() const { return m_activeButton; }
    MessageWidget *message() const { return m_message; }
    QLabel *countLabel() const { return m_count; }
    const QStringList &categories() const { return m_categories; }

Q_SIGNALS:
    // The server's catalog changed through this page.
    void catalogChanged();

protected:
    // The first time the page is shown, not when the back office is built: a large catalog is
    // only fetched for a manager who opens this page.
    void showEvent(QShowEvent *event) override;

private:
    void chooseImportFile();
    void chooseExportFile();
    void toggleSelectedActive();
    void productSaved(const Product &product);
    void changed();
    void fetchCategories();
    void setCategories(const QStringList &categories);
    void updateActions();
    void updateCount();

    AdminClient *m_admin;
    QPointer<CatalogSync> m_catalogSync;
    CatalogProductModel *m_model;
    CatalogProductFilter *m_filter;
    MessageWidget *m_message;
    QLineEdit *m_filterEdit;
    QComboBox *m_categoryBox;
    QCheckBox *m_showInactive;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_activeButton;
    QPushButton *m_importButton;
    QPushButton *m_exportButton;
    QPushButton *m_reloadButton;
    QTableView *m_table;
    QLabel *m_count;
    QStringList m_categories;
    bool m_loaded = false;
    bool m_requested = false;
};
