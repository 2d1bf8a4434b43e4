-- A person logged in on one terminal. Only the token's hash is stored. A session ends at
-- expires_at, after the idle timeout since last_used_at, or when ended_at is set (logout).
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    token_hash TEXT NOT NULL UNIQUE,
    user_id BIGINT NOT NULL REFERENCES users (id),
    terminal_id BIGINT NOT NULL REFERENCES terminals (id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    last_used_at BIGINT NOT NULL,
    ended_at BIGINT
);
CREATE INDEX sessions_user ON sessions (user_id);
