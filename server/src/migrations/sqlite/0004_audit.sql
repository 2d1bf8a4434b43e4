-- Who did what to terminals, people and sessions (logins, failed PINs, lockouts, revocations),
-- for managers. Never holds a token or a PIN.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT,
    detail TEXT
);
CREATE INDEX audit_log_at ON audit_log (at);
