#include "FirstRunDialog.h"

#include "MessageWidget.h"
#include "ServerClient.h"
#include "Settings.h"
#include "TokenStore.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FirstRunDialog::FirstRunDialog(Settings *settings, TokenStore *tokens, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_tokens(tokens)
    , m_network(new QNetworkAccessManager(this))
    , m_client(new ServerClient(m_network, this))
    , m_url(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_check(new QPushButton(tr("Check and save"), this))
    , m_message(new MessageWidget(this))
{
    setWindowTitle(tr("Set up this till"));
    auto *intro = new QLabel(tr("Enter the address of the Comptoir server and the token printed "
                                "by “comptoir-server terminal add” for this till."),
                             this);
    intro->setWordWrap(true);
    m_url->setPlaceholderText(u"https://comptoir.example:8443"_s);
    m_url->setText(settings->serverUrl().toString());
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setObjectName(u"token"_s);
    m_name->setText(settings->terminalName());
    auto *form = new QFormLayout;
    form->addRow(tr("Server address"), m_url);
    form->addRow(tr("Terminal token"), m_token);
    form->addRow(tr("Till name"), m_name);
    auto *cancel = new QPushButton(tr("Quit"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_check);
    m_check->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_check, &QPushButton::clicked, this, &FirstRunDialog::check);
    resize(560, sizeHint().height());
}

QByteArray FirstRunDialog::token() const
{
    return m_token->text().trimmed().toUtf8();
}

void FirstRunDialog::check()
{
    const QUrl url = QUrl::fromUserInput(m_url->text().trimmed());
    if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1)) {
        m_message->showMessage(tr("The server address must start with http:// or https://."),
                               MessageWidget::Type::Error);
        return;
    }
    if (token().isEmpty()) {
        m_message->showMessage(tr("The terminal token is missing."), MessageWidget::Type::Error);
        return;
    }
    m_check->setEnabled(false);
    m_message->showMessage(tr("Checking…"), MessageWidget::Type::Information);
    m_client->setBaseUrl(url);
    m_client->setTerminalToken(token());
    m_client->setRequestTimeout(8000);
    m_client->checkTerminal(this, [this, url](const ServerError &error) {
        if (!error.isOk()) {
            m_check->setEnabled(true);
            QString text;
            switch (error.kind) {
            case ServerError::Kind::Unauthorized:
                text = tr("The server refused this token. Check it, or create a new one with "
                          "“comptoir-server terminal add”.");
                break;
            case ServerError::Kind::Tls:
                text = tr("The server's certificate is not trusted (TLS error).");
                break;
            case ServerError::Kind::Network:
            case ServerError::Kind::Timeout:
                text = tr("The server cannot be reached at this address.");
                break;
            default:
                text = error.userMessage();
            }
            m_message->showMessage(text, MessageWidget::Type::Error);
            return;
        }
        m_settings->setServerUrl(url);
        m_settings->setValue(Settings::Key::TerminalName, m_name->text().trimmed());
        m_settings->sync();
        m_tokens->save(token(), [this](bool ok, const QString &message) {
            m_check->setEnabled(true);
            if (!ok) {
                m_message->showMessage(message, MessageWidget::Type::Error);
                return;
            }
            accept();
        });
    });
}
