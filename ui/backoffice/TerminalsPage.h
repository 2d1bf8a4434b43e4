#pragma once

// The manager's terminals: every till registered with the server, when each was last seen, and
// whether it is revoked. Add one (its token is shown once), rename one, or revoke one after an
// inline confirmation (a stolen or retired till stops working at once).

#include <QWidget>

class AdminClient;
class MessageWidget;
class QPushButton;
class QTableView;
class ServerClient;
class TerminalListModel;
class TerminalNameDialog;
struct AdminTerminal;

class TerminalsPage : public QWidget
{
    Q_OBJECT

public:
    explicit TerminalsPage(ServerClient *server, QWidget *parent = nullptr);

    void reload();
    bool isLoaded() const { return m_loaded; }

    // The dialogs open window-modal and return at once.
    TerminalNameDialog *addTerminal();
    TerminalNameDialog *renameTerminal(const QString &terminalId);
    // Asks first (inline), then sends.
    void revokeTerminal(const QString &terminalId);

    QString selectedTerminalId() const;
    void selectTerminal(const QString &terminalId);

    TerminalListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    MessageWidget *message() const { return m_message; }

protected:
    // The first time the page is shown, not when the back office is built: a large catalog is
    // only fetched for a manager who opens this page.
    void showEvent(QShowEvent *event) override;

private:
    void terminalSaved(const AdminTerminal &terminal);
    void updateActions();

    AdminClient *m_admin;
    TerminalListModel *m_model;
    MessageWidget *m_message;
    QPushButton *m_addButton;
    QPushButton *m_renameButton;
    QPushButton *m_revokeButton;
    QPushButton *m_reloadButton;
    QTableView *m_table;
    bool m_loaded = false;
    bool m_requested = false;
};
