#pragma once

// comptoir-server's settings: one registry of key -> default (section/name in the INI file, the
// environment variable that overrides it, whether it is a secret), filled from an INI file given
// with --config and then from the environment. Secrets are never logged: redactedDump() is the
// only way to print the configuration. Typed accessors cover the keys the code reads; a module
// that needs a new setting adds one row to the registry in ServerConfig.cpp.

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariant>

#include <optional>

class ServerConfig
{
    Q_DECLARE_TR_FUNCTIONS(ServerConfig)

public:
    enum class Type { String, Int, Url, Listen };

    struct Key
    {
        QString name;        // as in the INI file: "section/key", e.g. "ligdicash/api_key"
        QString environment; // overriding variable, e.g. "COMPTOIR_LIGDICASH_API_KEY"
        Type type = Type::String;
        QVariant defaultValue;
        bool secret = false;
        qint64 minimum = 0; // Int keys only
        qint64 maximum = 0;
        QString description;
    };

    // Every key comptoir-server understands.
    static const QList<Key> &registry();
    static const Key *findKey(const QString &name);

    // Defaults only (what tests start from).
    ServerConfig();

    // Reads `path` (may be empty: defaults and environment only), then the environment.
    // Returns nothing, with the reason in *error, for an unreadable or unsafe file or a bad value.
    static std::optional<ServerConfig> load(const QString &path,
                                            const QProcessEnvironment &environment, QString *error);

    // Sets a value (source: what source() will report); false (with *error) when invalid or
    // unknown.
    bool set(const QString &name, const QVariant &value, QString *error = nullptr,
             const QString &source = QStringLiteral("file"));
    QVariant value(const QString &name) const;
    QString string(const QString &name) const { return value(name).toString(); }
    qint64 integer(const QString &name) const { return value(name).toLongLong(); }
    // Where a value came from: "default", "file" or the environment variable's name.
    QString source(const QString &name) const;

    // "section/key = value (source)" per line, secrets shown as "<set>" or "<empty>".
    QString redactedDump() const;
    // Non-fatal problems found while loading (e.g. a group-readable file without secrets).
    QStringList warnings() const { return m_warnings; }
    QString filePath() const { return m_filePath; }

    // --- typed access to the keys the platform and payments code read ---
    QString ligdicashApiKey() const;
    QString ligdicashAuthToken() const;
    QUrl ligdicashBaseUrl() const;
    int ligdicashTimeoutMs() const;
    QUrl publicUrl() const; // empty: no public URL (callbacks never arrive; the sweeper confirms)
    QString databaseUrl() const; // empty: SQLite in the standard data location
    QHostAddress listenAddress() const;
    quint16 listenPort() const;
    QString storeName() const;
    qint64 bodyLimitBytes() const;
    int pinMaxAttempts() const;
    int pinLockoutSeconds() const;
    int pinHashOpsLimit() const;
    int pinHashMemoryKiB() const;
    int sessionLifetimeMinutes() const;
    int sessionIdleMinutes() const;
    int sweepIntervalMs() const;
    int orderExpirySeconds() const;
    int confirmMinIntervalMs() const;
    int longPollMaxSeconds() const;

    // Parses "host:port", "[v6]:port" or ":port" (any address). False when malformed.
    static bool parseListen(const QString &text, QHostAddress *address, quint16 *port);

private:
    bool applyFile(const QString &path, QString *error);
    void applyEnvironment(const QProcessEnvironment &environment, QString *error, bool *ok);
    bool hasSecrets() const;

    QHash<QString, QVariant> m_values;
    QHash<QString, QString> m_sources;
    QStringList m_warnings;
    QString m_filePath;
};
