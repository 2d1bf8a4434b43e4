-- Point-of-sale terminals and the hash of their bearer token (the token itself is shown once).
-- Times are milliseconds since the epoch (UTC).
CREATE TABLE terminals (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT,
    last_seen_at BIGINT
);
