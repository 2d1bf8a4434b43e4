#pragma once

// Names a new terminal or renames one. For a new terminal the server answers with its token,
// and the dialog then shows it this one time in a read-only field with a Copy button and a
// warning: it is the terminal's password, to be typed into the new till's first-run setup, and
// nobody can see it again (a lost token means revoking and adding the terminal again).

#include "backoffice/AdminTerminal.h"

#include <QDialog>

class AdminClient;
class MessageWidget;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

class TerminalNameDialog : public QDialog
{
    Q_OBJECT

public:
    // terminal.id empty: a new terminal.
    TerminalNameDialog(AdminClient *admin, const AdminTerminal &terminal,
                       QWidget *parent = nullptr);

    bool isNew() const { return m_terminal.id.isEmpty(); }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *tokenEdit() const { return m_token; }
    QPushButton *copyButton() const { return m_copy; }
    MessageWidget *message() const { return m_message; }

public Q_SLOTS:
    void save();

Q_SIGNALS:
    // The terminal as saved (its token is not passed on).
    void saved(const AdminTerminal &terminal);

private:
    void showToken(const QString &token);

    AdminClient *m_admin;
    AdminTerminal m_terminal;
    MessageWidget *m_message;
    QLineEdit *m_name;
    QLabel *m_tokenLabel;
    QLineEdit *m_token;
    QPushButton *m_copy;
    QDialogButtonBox *m_buttons;
};
