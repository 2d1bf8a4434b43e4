#pragma once

// The one sale screen: a search/scan field that always gets the focus back (a scanner types a
// code and Enter: an exact barcode or SKU adds the item at once; "3*code" adds three; typing
// searches name, SKU and barcode), category buttons and a grid of large product tiles, the cart
// as a table with +/−, typed quantity, remove and clear (confirmed inline), the total in large
// type, and the payment buttons. Every action has a key, shown on its button.

#include "MessageWidget.h"

#include <QPointer>
#include <QWidget>

class CartModel;
class CashDialog;
class CatalogModel;
class QButtonGroup;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTableView;
class QTimer;
class PaymentDialog;
class ProductTileDelegate;
class Terminal;
class Product;

class SaleScreen : public QWidget
{
    Q_OBJECT

public:
    explicit SaleScreen(Terminal *terminal, QWidget *parent = nullptr);
    ~SaleScreen() override;

    QLineEdit *searchField() const { return m_search; }
    QTableView *cartView() const { return m_cart; }
    QListView *productGrid() const { return m_grid; }
    CartModel *cartModel() const { return m_cartModel; }
    CatalogModel *catalogModel() const { return m_catalogModel; }
    MessageWidget *messageWidget() const { return m_message; }
    QLabel *totalLabel() const { return m_total; }
    QPushButton *button(const QString &objectName) const;
    PaymentDialog *paymentDialog() const;
    CashDialog *cashDialog() const;

    // The actions behind the buttons and keys.
    void submitSearch();
    void addProduct(const Product &item, int quantity = 1);
    void editQuantity();
    void incrementCurrent();
    void decrementCurrent();
    void removeCurrent();
    void requestClear();
    void holdSale();
    void showHeldSales();
    void resumeHeld(const QString &heldId);
    void openCash();
    void openLigdiCash();
    // Direct payin: the customer's number, approved on their phone (Shift+F9).
    void openLigdiCashDirect();
    void goBack();
    void restoreFocus();
    void refreshCategories();
    void setServerReachable(bool reachable);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    int currentRow() const;
    void selectRow(int row);
    void refreshState();
    void showMessage(const QString &text, MessageWidget::Type type, int autoHideMs = 6000);

    Terminal *m_terminal;
    MessageWidget *m_message;
    QLineEdit *m_search;
    QWidget *m_categoryBar;
    QHBoxLayout *m_categoryLayout;
    QButtonGroup *m_categories;
    QString m_category;
    QListView *m_grid;
    ProductTileDelegate *m_tiles = nullptr;
    CatalogModel *m_catalogModel;
    QTableView *m_cart;
    CartModel *m_cartModel;
    QLabel *m_total;
    QLabel *m_lockNotice;
    QTimer *m_searchTimer;
    QPointer<PaymentDialog> m_payment;
    QPointer<CashDialog> m_cashDialog;
    bool m_reachable = true;
};
