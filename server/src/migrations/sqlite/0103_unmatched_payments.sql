-- Callbacks that name no order of ours: kept for a manager to look at, never acted upon.
CREATE TABLE unmatched_payments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    journal_id BIGINT NOT NULL,
    received_at BIGINT NOT NULL,
    transaction_id TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    amount TEXT NOT NULL DEFAULT '',
    payer TEXT NOT NULL DEFAULT '',
    request_id TEXT NOT NULL DEFAULT '',
    reviewed_at BIGINT
);
