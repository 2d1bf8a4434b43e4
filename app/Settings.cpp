#include "Settings.h"

#include <QLoggingCategory>
#include <QStandardPaths>

#include <array>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSettings, "comptoir.app.settings")

namespace {

struct Entry
{
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

// The registry: one line per setting.
const std::array<Entry, 12> &registry()
{
    static const std::array<Entry, 12> entries{{
        {Settings::Key::ServerUrl, "server/url", QVariant(QString())},
        {Settings::Key::TerminalName, "terminal/name", QVariant(u"Caisse 1"_s)},
        {Settings::Key::Language, "ui/language", QVariant(u"system"_s)},
        {Settings::Key::IdleLockMinutes, "session/idleLockMinutes", QVariant(5)},
        {Settings::Key::LongPollSeconds, "payment/longPollSeconds", QVariant(25)},
        {Settings::Key::PaymentTimeoutSeconds, "payment/timeoutSeconds", QVariant(180)},
        {Settings::Key::RequestTimeoutSeconds, "server/requestTimeoutSeconds", QVariant(10)},
        {Settings::Key::CatalogRefreshMinutes, "catalog/refreshMinutes", QVariant(10)},
        {Settings::Key::ShopName, "shop/name", QVariant(QString())},
        {Settings::Key::ShopAddress, "shop/address", QVariant(QString())},
        {Settings::Key::LastCashierId, "session/lastCashierId", QVariant(QString())},
        {Settings::Key::ReceiptOutput, "receipt/output", QVariant(u"pdf"_s)},
    }};
    return entries;
}

const Entry &entry(Settings::Key key)
{
    for (const Entry &e : registry()) {
        if (e.key == key)
            return e;
    }
    Q_UNREACHABLE();
}

} // namespace

Settings::Settings(const QString &iniPath, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
    qCDebug(lcSettings) << "settings from" << iniPath;
}

Settings::~Settings() = default;

QString Settings::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/comptoir.ini"_s;
}

QString Settings::path() const
{
    return m_settings->fileName();
}

QString Settings::keyName(Key key)
{
    return QString::fromLatin1(entry(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QVariant Settings::value(Key key) const
{
    return m_settings->value(keyName(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant &value)
{
    if (m_settings->contains(keyName(key)) && m_settings->value(keyName(key)) == value)
        return;
    m_settings->setValue(keyName(key), value);
    Q_EMIT changed(key);
}

void Settings::reset(Key key)
{
    if (!m_settings->contains(keyName(key)))
        return;
    m_settings->remove(keyName(key));
    Q_EMIT changed(key);
}

bool Settings::contains(Key key) const
{
    return m_settings->contains(keyName(key));
}

void Settings::sync()
{
    m_settings->sync();
}

int Settings::boundedInt(Key key, int minimum, int maximum) const
{
    bool ok = false;
    const int number = value(key).toInt(&ok);
    if (!ok)
        return defaultValue(key).toInt();
    return qBound(minimum, number, maximum);
}

QUrl Settings::serverUrl() const
{
    return QUrl(value(Key::ServerUrl).toString());
}

void Settings::setServerUrl(const QUrl &url)
{
    setValue(Key::ServerUrl, url.toString());
}

QString Settings::terminalName() const
{
    return value(Key::TerminalName).toString();
}

Settings::Language Settings::language() const
{
    return languageFromString(value(Key::Language).toString());
}

void Settings::setLanguage(Language language)
{
    setValue(Key::Language, languageToString(language));
}

int Settings::idleLockMinutes() const
{
    return boundedInt(Key::IdleLockMinutes, 0, 24 * 60);
}

int Settings::longPollSeconds() const
{
    return boundedInt(Key::LongPollSeconds, 0, 60);
}

int Settings::paymentTimeoutSeconds() const
{
    return boundedInt(Key::PaymentTimeoutSeconds, 10, 3600);
}

int Settings::requestTimeoutSeconds() const
{
    return boundedInt(Key::RequestTimeoutSeconds, 1, 120);
}

int Settings::catalogRefreshMinutes() const
{
    return boundedInt(Key::CatalogRefreshMinutes, 1, 24 * 60);
}

QString Settings::shopName() const
{
    return value(Key::ShopName).toString();
}

QString Settings::shopAddress() const
{
    return value(Key::ShopAddress).toString();
}

QString Settings::receiptOutput() const
{
    return value(Key::ReceiptOutput).toString().trimmed();
}

QString Settings::languageToString(Language language)
{
    switch (language) {
    case Language::French:
        return u"fr"_s;
    case Language::English:
        return u"en"_s;
    case Language::System:
        break;
    }
    return u"system"_s;
}

Settings::Language Settings::languageFromString(const QString &text)
{
    if (text == "fr"_L1)
        return Language::French;
    if (text == "en"_L1)
        return Language::English;
    return Language::System;
}
