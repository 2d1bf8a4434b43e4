#pragma once

// Bearer secrets for terminals and sessions: 32 random bytes from libsodium, written base64url
// without padding (43 characters), and the SHA-256 hex digest that is all the database keeps.
// A plain hash is enough here because the tokens are high-entropy (unlike PINs).

#include <QByteArray>

class SecretToken
{
public:
    static QByteArray generate();
    // Lower-case hex SHA-256 of the token as sent.
    static QByteArray hash(const QByteArray &token);
    // Rejects obviously malformed tokens before touching the database.
    static bool looksValid(const QByteArray &token);
};
