-- Every request that reached the LigdiCash callback endpoint, raw, written before answering.
CREATE TABLE callback_journal (
    id BIGSERIAL PRIMARY KEY,
    received_at BIGINT NOT NULL,
    remote_address TEXT NOT NULL,
    content_type TEXT NOT NULL,
    body BYTEA NOT NULL,
    encoding TEXT,
    order_id TEXT,
    dedupe_key TEXT,
    duplicate INTEGER NOT NULL DEFAULT 0,
    outcome TEXT,
    processed_at BIGINT
);
CREATE INDEX callback_journal_dedupe ON callback_journal (dedupe_key);
CREATE INDEX callback_journal_unprocessed ON callback_journal (processed_at);
