#pragma once

// The administration subcommands of comptoir-server, run against the configured database:
//   terminal add NAME | terminal list | terminal revoke ID
//   user add --role cashier|manager [--pin PIN] NAME | user set-pin [--pin PIN] USER
//   user disable USER | user enable USER | user list
//   config (the configuration with secrets redacted) | migrate
// A terminal's token is printed once, on a line "token: <token>". PINs are read from stdin
// (without echo on a terminal) unless --pin is given; --pin shows in the process list.

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

class ServerApp;

class AdminCli
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    struct Options
    {
        QString role;               // user add
        std::optional<QString> pin; // user add / set-pin
    };

    AdminCli(ServerApp &app, QTextStream &out, QTextStream &err, QTextStream &in);

    // True for the commands this class runs ("terminal", "user", "config", "migrate").
    static bool handles(const QString &command);
    // arguments: the positional arguments, starting with the command. Returns the exit code:
    // 0 success, 1 failure, 2 usage error.
    int run(const QStringList &arguments, const Options &options);

private:
    int terminalCommand(const QStringList &arguments);
    int userCommand(const QStringList &arguments, const Options &options);
    std::optional<QString> readPin(const Options &options, bool confirm);
    int usage(const QString &message);

    ServerApp &m_app;
    QTextStream &m_out;
    QTextStream &m_err;
    QTextStream &m_in;
};
