#include "PinHasher.h"

#include <QLoggingCategory>

#include <sodium.h>

#include <algorithm>

Q_LOGGING_CATEGORY(lcPinHasher, "comptoir.server.pinhasher", QtInfoMsg)

PinHasher::PinHasher(int opsLimit, int memoryKiB)
    : m_opsLimit(
          std::max<unsigned long long>(crypto_pwhash_OPSLIMIT_MIN, opsLimit > 0 ? opsLimit : 0))
    , m_memoryBytes(std::max<size_t>(crypto_pwhash_MEMLIMIT_MIN,
                                     size_t(memoryKiB > 0 ? memoryKiB : 0) * 1024))
{}

bool PinHasher::isAvailable()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

bool PinHasher::isValidPin(const QString &pin)
{
    if (pin.size() < 4 || pin.size() > 8)
        return false;
    return std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QByteArray PinHasher::hash(const QString &pin) const
{
    if (!isAvailable() || !isValidPin(pin))
        return {};
    const QByteArray utf8 = pin.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), m_opsLimit,
                              m_memoryBytes, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        qCWarning(lcPinHasher) << "crypto_pwhash_str failed (out of memory?)";
        return {};
    }
    return QByteArray(out);
}

bool PinHasher::verify(const QByteArray &stored, const QString &pin) const
{
    if (!isAvailable() || stored.isEmpty() || !isValidPin(pin))
        return false;
    const QByteArray utf8 = pin.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) ==
           0;
}

bool PinHasher::needsRehash(const QByteArray &stored) const
{
    if (!isAvailable())
        return false;
    return crypto_pwhash_str_needs_rehash(stored.constData(), m_opsLimit, m_memoryBytes) != 0;
}
