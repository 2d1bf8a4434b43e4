#include "ServerConfig.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QSettings>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcServerConfig, "comptoir.server.serverconfig", QtInfoMsg)

namespace {

ServerConfig::Key stringKey(const QString &name, const QString &environment,
                            const QString &fallback, bool secret, const QString &description)
{
    return {name, environment, ServerConfig::Type::String, fallback, secret, 0, 0, description};
}

ServerConfig::Key urlKey(const QString &name, const QString &environment, const QString &fallback,
                         const QString &description)
{
    return {name, environment, ServerConfig::Type::Url, fallback, false, 0, 0, description};
}

ServerConfig::Key intKey(const QString &name, const QString &environment, qint64 fallback,
                         qint64 minimum, qint64 maximum, const QString &description)
{
    return {name,    environment, ServerConfig::Type::Int, fallback, false, minimum,
            maximum, description};
}

// A URL as shown in diagnostics: any password replaced.
QString redactedUrl(const QString &text)
{
    QUrl url(text);
    if (!url.isValid() || url.password().isEmpty())
        return text;
    url.setPassword(u"***"_s);
    return url.toString();
}

} // namespace

const QList<ServerConfig::Key> &ServerConfig::registry()
{
    static const QList<Key> keys = {
        stringKey(u"ligdicash/api_key"_s, u"COMPTOIR_LIGDICASH_API_KEY"_s, {}, true,
                  u"LigdiCash API key (Apikey header)"_s),
        stringKey(u"ligdicash/auth_token"_s, u"COMPTOIR_LIGDICASH_AUTH_TOKEN"_s, {}, true,
                  u"LigdiCash auth token (Authorization: Bearer)"_s),
        urlKey(u"ligdicash/base_url"_s, u"COMPTOIR_LIGDICASH_BASE_URL"_s,
               u"https://app.ligdicash.com"_s, u"LigdiCash API root (or the sandbox's URL)"_s),
        intKey(u"ligdicash/timeout_ms"_s, u"COMPTOIR_LIGDICASH_TIMEOUT_MS"_s, 15000, 100, 120000,
               u"Timeout of one call to LigdiCash"_s),
        {u"server/listen"_s, u"COMPTOIR_LISTEN"_s, Type::Listen, u"127.0.0.1:8080"_s, false, 0, 0,
         u"host:port to listen on (port 0 picks a free one)"_s},
        urlKey(u"server/public_url"_s, u"COMPTOIR_PUBLIC_URL"_s, {},
               u"URL LigdiCash reaches this server at (callbacks); empty: no callbacks"_s),
        stringKey(u"server/store_name"_s, u"COMPTOIR_STORE_NAME"_s, u"Comptoir"_s, false,
                  u"Shop name shown on LigdiCash's payment page"_s),
        intKey(u"server/body_limit_bytes"_s, u"COMPTOIR_BODY_LIMIT_BYTES"_s, 64 * 1024, 1024,
               16 * 1024 * 1024, u"Largest request body accepted (bigger: 413)"_s),
        {u"database/url"_s, u"COMPTOIR_DATABASE_URL"_s, Type::String, QString(), false, 0, 0,
         u"empty: SQLite in the data location; sqlite:PATH; postgresql://user:pass@host:port/db"_s},
        intKey(u"auth/pin_max_attempts"_s, u"COMPTOIR_PIN_MAX_ATTEMPTS"_s, 5, 1, 100,
               u"Wrong PINs in a row before the user is locked"_s),
        intKey(u"auth/pin_lockout_seconds"_s, u"COMPTOIR_PIN_LOCKOUT_SECONDS"_s, 300, 1, 86400,
               u"How long a locked user must wait"_s),
        intKey(u"auth/pin_hash_ops"_s, u"COMPTOIR_PIN_HASH_OPS"_s, 2, 1, 10,
               u"Argon2id passes per PIN hash"_s),
        intKey(u"auth/pin_hash_memory_kib"_s, u"COMPTOIR_PIN_HASH_MEMORY_KIB"_s, 64 * 1024, 8,
               1024 * 1024, u"Argon2id memory per PIN hash (KiB)"_s),
        intKey(u"auth/session_lifetime_minutes"_s, u"COMPTOIR_SESSION_LIFETIME_MINUTES"_s, 720, 1,
               7 * 24 * 60, u"A session ends this long after login"_s),
        intKey(u"auth/session_idle_minutes"_s, u"COMPTOIR_SESSION_IDLE_MINUTES"_s, 60, 1,
               7 * 24 * 60, u"A session ends after this long without a request"_s),
        intKey(u"payments/sweep_interval_ms"_s, u"COMPTOIR_SWEEP_INTERVAL_MS"_s, 5000, 50,
               3600 * 1000, u"How often the sweeper looks for orders to confirm"_s),
        intKey(u"payments/order_expiry_seconds"_s, u"COMPTOIR_ORDER_EXPIRY_SECONDS"_s, 1800, 1,
               7 * 24 * 3600, u"Age at which an unpaid order is shown as expired"_s),
        intKey(u"payments/confirm_min_interval_ms"_s, u"COMPTOIR_CONFIRM_MIN_INTERVAL_MS"_s, 2000,
               0, 600 * 1000, u"Least time between two confirm calls for one order"_s),
        intKey(u"payments/long_poll_max_seconds"_s, u"COMPTOIR_LONG_POLL_MAX_SECONDS"_s, 30, 1, 300,
               u"Longest ?wait= a status request may hold"_s),
        intKey(u"payments/check_initial_delay_ms"_s, u"COMPTOIR_CHECK_INITIAL_DELAY_MS"_s, 5000, 50,
               3600 * 1000, u"First sweeper confirm of a new invoice, after this long"_s),
        intKey(u"payments/check_max_delay_ms"_s, u"COMPTOIR_CHECK_MAX_DELAY_MS"_s, 300 * 1000, 1000,
               24 * 3600 * 1000, u"Longest back-off between two sweeper confirms"_s),
        intKey(u"payments/late_window_seconds"_s, u"COMPTOIR_LATE_WINDOW_SECONDS"_s, 7 * 24 * 3600,
               60, 90 * 24 * 3600,
               u"How long an expired order is still confirmed (a payment then is 'paid late')"_s),
        intKey(u"shifts/difference_limit"_s, u"COMPTOIR_SHIFT_DIFFERENCE_LIMIT"_s, 500, 0,
               1000LL * 1000 * 1000 * 1000,
               u"Largest cash difference (francs) a shift closes with without a manager"_s),
    };
    return keys;
}

const ServerConfig::Key *ServerConfig::findKey(const QString &name)
{
    for (const Key &key : registry()) {
        if (key.name == name)
            return &key;
    }
    return nullptr;
}

ServerConfig::ServerConfig()
{
    for (const Key &key : registry()) {
        m_values.insert(key.name, key.defaultValue);
        m_sources.insert(key.name, u"default"_s);
    }
}

bool ServerConfig::set(const QString &name, const QVariant &value, QString *error,
                       const QString &source)
{
    const Key *key = findKey(name);
    if (!key) {
        if (error)
            *error = tr("unknown setting %1").arg(name);
        return false;
    }
    QString text = value.typeId() == QMetaType::QStringList ? value.toStringList().join(u", "_s)
                                                            : value.toString().trimmed();
    switch (key->type) {
    case Type::String:
        m_values.insert(name, text);
        break;
    case Type::Int: {
        bool ok = false;
        const qint64 number = text.toLongLong(&ok);
        if (!ok || number < key->minimum || number > key->maximum) {
            if (error)
                *error = tr("%1 must be a whole number between %2 and %3, not \"%4\"")
                             .arg(name)
                             .arg(key->minimum)
                             .arg(key->maximum)
                             .arg(text);
            return false;
        }
        m_values.insert(name, number);
        break;
    }
    case Type::Url: {
        if (!text.isEmpty()) {
            const QUrl url(text);
            const QString scheme = url.scheme();
            if (!url.isValid() || url.host().isEmpty() ||
                (scheme != "http"_L1 && scheme != "https"_L1)) {
                if (error)
                    *error = tr("%1 must be an absolute http(s) URL, not \"%2\"")
                                 .arg(name, redactedUrl(text));
                return false;
            }
            while (text.endsWith(u'/'))
                text.chop(1);
        }
        m_values.insert(name, text);
        break;
    }
    case Type::Listen: {
        QHostAddress address;
        quint16 port = 0;
        if (!parseListen(text, &address, &port)) {
            if (error)
                *error =
                    tr("%1 must be host:port (e.g. 127.0.0.1:8080), not \"%2\"").arg(name, text);
            return false;
        }
        m_values.insert(name, text);
        break;
    }
    }
    m_sources.insert(name, source);
    return true;
}

QVariant ServerConfig::value(const QString &name) const
{
    return m_values.value(name);
}

QString ServerConfig::source(const QString &name) const
{
    return m_sources.value(name);
}

std::optional<ServerConfig>
ServerConfig::load(const QString &path, const QProcessEnvironment &environment, QString *error)
{
    ServerConfig config;
    QString problem;
    if (!path.isEmpty() && !config.applyFile(path, &problem)) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    bool ok = true;
    config.applyEnvironment(environment, &problem, &ok);
    if (!ok) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    for (const QString &warning : std::as_const(config.m_warnings))
        qCWarning(lcServerConfig).noquote() << warning;
    return config;
}

bool ServerConfig::applyFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile() || !info.isReadable()) {
        *error = tr("cannot read the configuration file %1").arg(path);
        return false;
    }
    m_filePath = info.absoluteFilePath();
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        *error = tr("the configuration file %1 is not a valid INI file").arg(path);
        return false;
    }
    for (const QString &name : settings.allKeys()) {
        if (!findKey(name)) {
            m_warnings.append(tr("%1: unknown setting %2 ignored").arg(path, name));
            continue;
        }
        QString problem;
        if (!set(name, settings.value(name), &problem)) {
            *error = tr("%1: %2").arg(path, problem);
            return false;
        }
    }

#ifdef Q_OS_UNIX
    // Secrets in a file others can read are not secrets: refuse to start, as ssh does.
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::ReadOther;
    if (info.permissions() & others) {
        if (hasSecrets()) {
            *error = tr("%1 holds secrets but is readable by other users; "
                        "run: chmod 600 %1")
                         .arg(path);
            return false;
        }
        m_warnings.append(
            tr("%1 is readable by other users; keep it private (chmod 600) before adding keys")
                .arg(path));
    }
    if (info.permissions() & (QFileDevice::WriteGroup | QFileDevice::WriteOther))
        m_warnings.append(tr("%1 is writable by other users").arg(path));
#endif
    return true;
}

void ServerConfig::applyEnvironment(const QProcessEnvironment &environment, QString *error,
                                    bool *ok)
{
    for (const Key &key : registry()) {
        if (!environment.contains(key.environment))
            continue;
        if (!set(key.name, environment.value(key.environment), error, key.environment)) {
            *error = tr("%1: %2").arg(key.environment, *error);
            *ok = false;
            return;
        }
    }
}

bool ServerConfig::hasSecrets() const
{
    for (const Key &key : registry()) {
        if (key.secret && !string(key.name).isEmpty())
            return true;
    }
    return !QUrl(databaseUrl()).password().isEmpty();
}

QString ServerConfig::redactedDump() const
{
    QString out;
    for (const Key &key : registry()) {
        const QString current = string(key.name);
        QString shown;
        if (key.secret)
            shown = current.isEmpty() ? u"<empty>"_s : u"<set>"_s;
        else
            shown = redactedUrl(current);
        out += key.name + u" = "_s + shown + u" ("_s + source(key.name) + u")\n"_s;
    }
    return out;
}

bool ServerConfig::parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon < 0)
        return false;
    QString host = text.left(colon);
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    if (!ok || number > 65535)
        return false;
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    QHostAddress parsed;
    if (host.isEmpty() || host == "*"_L1)
        parsed = QHostAddress(QHostAddress::Any);
    else if (host == "localhost"_L1)
        parsed = QHostAddress(QHostAddress::LocalHost);
    else if (!parsed.setAddress(host))
        return false;
    *address = parsed;
    *port = quint16(number);
    return true;
}

QString ServerConfig::ligdicashApiKey() const
{
    return string(u"ligdicash/api_key"_s);
}

QString ServerConfig::ligdicashAuthToken() const
{
    return string(u"ligdicash/auth_token"_s);
}

QUrl ServerConfig::ligdicashBaseUrl() const
{
    return QUrl(string(u"ligdicash/base_url"_s));
}

int ServerConfig::ligdicashTimeoutMs() const
{
    return int(integer(u"ligdicash/timeout_ms"_s));
}

QUrl ServerConfig::publicUrl() const
{
    return QUrl(string(u"server/public_url"_s));
}

QString ServerConfig::databaseUrl() const
{
    return string(u"database/url"_s);
}

QHostAddress ServerConfig::listenAddress() const
{
    QHostAddress address;
    quint16 port = 0;
    parseListen(string(u"server/listen"_s), &address, &port);
    return address;
}

quint16 ServerConfig::listenPort() const
{
    QHostAddress address;
    quint16 port = 0;
    parseListen(string(u"server/listen"_s), &address, &port);
    return port;
}

QString ServerConfig::storeName() const
{
    return string(u"server/store_name"_s);
}

qint64 ServerConfig::bodyLimitBytes() const
{
    return integer(u"server/body_limit_bytes"_s);
}

int ServerConfig::pinMaxAttempts() const
{
    return int(integer(u"auth/pin_max_attempts"_s));
}

int ServerConfig::pinLockoutSeconds() const
{
    return int(integer(u"auth/pin_lockout_seconds"_s));
}

int ServerConfig::pinHashOpsLimit() const
{
    return int(integer(u"auth/pin_hash_ops"_s));
}

int ServerConfig::pinHashMemoryKiB() const
{
    return int(integer(u"auth/pin_hash_memory_kib"_s));
}

int ServerConfig::sessionLifetimeMinutes() const
{
    return int(integer(u"auth/session_lifetime_minutes"_s));
}

int ServerConfig::sessionIdleMinutes() const
{
    return int(integer(u"auth/session_idle_minutes"_s));
}

int ServerConfig::sweepIntervalMs() const
{
    return int(integer(u"payments/sweep_interval_ms"_s));
}

int ServerConfig::orderExpirySeconds() const
{
    return int(integer(u"payments/order_expiry_seconds"_s));
}

int ServerConfig::confirmMinIntervalMs() const
{
    return int(integer(u"payments/confirm_min_interval_ms"_s));
}

int ServerConfig::longPollMaxSeconds() const
{
    return int(integer(u"payments/long_poll_max_seconds"_s));
}
