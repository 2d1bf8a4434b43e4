#pragma once

// Keeps the terminal's bearer token: in the OS keychain through QtKeychain when one is there,
// otherwise in a file only the user can read (0600). The token is never logged.

#include <QObject>
#include <QString>

#include <functional>

class TokenStore : public QObject
{
    Q_OBJECT

public:
    enum class Backend { KeychainThenFile, FileOnly };

    TokenStore(const QString &fallbackFile, Backend backend, QObject *parent = nullptr);

    // done(token, where) - token empty when none is stored.
    void load(std::function<void(const QByteArray &token)> done);
    // done(ok, message) - message says where it went or why it failed.
    void save(const QByteArray &token, std::function<void(bool ok, const QString &message)> done);
    void clear();

    QString fallbackFile() const { return m_file; }
    static bool writeFile(const QString &path, const QByteArray &token, QString *error);
    static QByteArray readFile(const QString &path);

private:
    QString m_file;
    Backend m_backend;
};
