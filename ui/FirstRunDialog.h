#pragma once

// First run: where the server is and this terminal's token. "Check and save" asks the server
// before anything is kept, and says plainly what is wrong (unreachable, token refused, TLS).
// The token goes to the keychain, or to a file only this user can read. Never a LigdiCash key.

#include <QDialog>

class MessageWidget;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class ServerClient;
class Settings;
class TokenStore;

class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    FirstRunDialog(Settings *settings, TokenStore *tokens, QWidget *parent = nullptr);

    QByteArray token() const;
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *tokenEdit() const { return m_token; }
    QPushButton *checkButton() const { return m_check; }
    MessageWidget *messageWidget() const { return m_message; }

private:
    void check();

    Settings *m_settings;
    TokenStore *m_tokens;
    QNetworkAccessManager *m_network;
    ServerClient *m_client;
    QLineEdit *m_url;
    QLineEdit *m_token;
    QLineEdit *m_name;
    QPushButton *m_check;
    MessageWidget *m_message;
};
