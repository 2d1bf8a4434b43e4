#include "SecretToken.h"

#include "PinHasher.h"

#include <QCryptographicHash>

#include <sodium.h>

QByteArray SecretToken::generate()
{
    if (!PinHasher::isAvailable()) // initialises libsodium
        return {};
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray SecretToken::hash(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

bool SecretToken::looksValid(const QByteArray &token)
{
    if (token.size() < 16 || token.size() > 256)
        return false;
    for (const char c : token) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                        (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok)
            return false;
    }
    return true;
}
