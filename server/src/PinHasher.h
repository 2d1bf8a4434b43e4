#pragma once

// Hashes and checks the 4-8 digit PINs of cashiers and managers with libsodium's crypto_pwhash
// (Argon2id, random salt, parameters encoded in the stored string). A PIN has little entropy, so
// the hash must be slow: the default 2 passes over 64 MiB take roughly 0.1-0.3 s on a counter
// PC, and the lockout after repeated failures does the rest. Limits come from the config.

#include <QByteArray>
#include <QString>

class PinHasher
{
public:
    // opsLimit: passes; memoryKiB: memory per hash. Clamped to libsodium's minimums.
    PinHasher(int opsLimit, int memoryKiB);

    // Whether libsodium initialised (sodium_init); everything fails closed otherwise.
    static bool isAvailable();
    // 4 to 8 ASCII digits.
    static bool isValidPin(const QString &pin);

    // The "$argon2id$..." string to store; empty on failure (out of memory).
    QByteArray hash(const QString &pin) const;
    bool verify(const QByteArray &stored, const QString &pin) const;
    // True when stored was made with other limits (re-hash after a successful login).
    bool needsRehash(const QByteArray &stored) const;

private:
    unsigned long long m_opsLimit;
    size_t m_memoryBytes;
};
