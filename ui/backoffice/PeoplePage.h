#pragma once

// The manager's people: who can log in, with which role, whether they are enabled or locked out
// by wrong PINs. Add a cashier or a manager, give someone a new PIN (it also lifts a lockout),
// disable or enable someone after an inline confirmation. The server keeps the rules (not
// yourself, not the last manager) and the page says them in words.

#include <QWidget>

class AdminClient;
class MessageWidget;
class PeopleUserDialog;
class PeopleUserModel;
class QPushButton;
class QTableView;
class ServerClient;
struct AdminUser;

class PeoplePage : public QWidget
{
    Q_OBJECT

public:
    explicit PeoplePage(ServerClient *server, QWidget *parent = nullptr);

    void reload();
    bool isLoaded() const { return m_loaded; }

    // The dialogs open window-modal and return at once.
    PeopleUserDialog *addPerson();
    PeopleUserDialog *resetPin(const QString &userId);
    // Asks first (inline), then sends.
    void setUserEnabled(const QString &userId, bool enabled);

    QString selectedUserId() const;
    void selectUser(const QString &userId);

    PeopleUserModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    MessageWidget *message() const { return m_message; }
    QPushButton *enableButton() const { return m_enableButton; }

protected:
    // The first time the page is shown, not when the back office is built: a large catalog is
    // only fetched for a manager who opens this page.
    void showEvent(QShowEvent *event) override;

private:
    void userSaved(const AdminUser &user, bool added);
    void updateActions();

    AdminClient *m_admin;
    PeopleUserModel *m_model;
    MessageWidget *m_message;
    QPushButton *m_addButton;
    QPushButton *m_pinButton;
    QPushButton *m_enableButton;
    QPushButton *m_reloadButton;
    QTableView *m_table;
    bool m_loaded = false;
    bool m_requested = false;
};
