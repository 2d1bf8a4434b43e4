#pragma once

// The app's settings in one registry (after KeePassXC's Config): every key has one entry with
// its INI name and default, reads and writes are typed, enums are stored as readable words, and
// changed() tells the screens. The INI file lives at an explicit path so that tests and
// --config can point it elsewhere.

#include <QObject>
#include <QSettings>
#include <QUrl>
#include <QVariant>

#include <memory>

class Settings : public QObject
{
    Q_OBJECT

public:
    enum class Key {
        ServerUrl,
        TerminalName,
        Language,
        IdleLockMinutes,
        LongPollSeconds,
        PaymentTimeoutSeconds,
        RequestTimeoutSeconds,
        CatalogRefreshMinutes,
        ShopName,
        ShopAddress,
        LastCashierId,
        ReceiptOutput,
    };
    Q_ENUM(Key)

    enum class Language { System, French, English };
    Q_ENUM(Language)

    explicit Settings(const QString &iniPath, QObject *parent = nullptr);
    ~Settings() override;

    // <config dir>/comptoir.ini, e.g. ~/.config/Comptoir/comptoir.ini.
    static QString defaultPath();
    QString path() const;

    static QString keyName(Key key);
    static QVariant defaultValue(Key key);
    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void reset(Key key);
    bool contains(Key key) const;
    void sync();

    QUrl serverUrl() const;
    void setServerUrl(const QUrl &url);
    QString terminalName() const;
    Language language() const;
    void setLanguage(Language language);
    int idleLockMinutes() const;
    int longPollSeconds() const;
    int paymentTimeoutSeconds() const;
    int requestTimeoutSeconds() const;
    int catalogRefreshMinutes() const;
    QString shopName() const;
    QString shopAddress() const;
    // Where receipts go: "pdf" (a PDF per sale in the data folder), "pdf:<folder>",
    // "printer:<system printer name>", "escpos:<device or file>", or "none".
    QString receiptOutput() const;

    static QString languageToString(Language language);
    static Language languageFromString(const QString &text);

Q_SIGNALS:
    void changed(Settings::Key key);

private:
    int boundedInt(Key key, int minimum, int maximum) const;

    std::unique_ptr<QSettings> m_settings;
};
