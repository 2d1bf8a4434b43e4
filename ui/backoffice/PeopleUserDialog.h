#pragma once

// Adds a cashier or a manager (name, role, PIN), or gives someone a new PIN. The PIN is typed
// twice, as dots, and must be 4 to 8 digits; the dialog sends it through AdminClient itself and
// stays open on a refusal (duplicate name, ...) with the reason inline. The PIN fields are
// cleared once sent: a PIN is never kept.

#include "backoffice/AdminUser.h"

#include <QDialog>

class AdminClient;
class MessageWidget;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;

class PeopleUserDialog : public QDialog
{
    Q_OBJECT

public:
    // user.id empty: a new person; otherwise a new PIN for that person.
    PeopleUserDialog(AdminClient *admin, const AdminUser &user, QWidget *parent = nullptr);

    bool isNew() const { return m_user.id.isEmpty(); }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *roleBox() const { return m_role; }
    QLineEdit *pinEdit() const { return m_pin; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    MessageWidget *message() const { return m_message; }

public Q_SLOTS:
    void save();

Q_SIGNALS:
    // A new person as the server made them, or the person whose PIN was reset.
    void saved(const AdminUser &user);

private:
    void setBusy(bool busy);
    void clearPins();

    AdminClient *m_admin;
    AdminUser m_user;
    MessageWidget *m_message;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_pin;
    QLineEdit *m_confirm;
    QDialogButtonBox *m_buttons;
};
