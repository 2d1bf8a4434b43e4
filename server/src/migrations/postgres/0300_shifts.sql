-- Shifts of a terminal and their frozen Z report (owned by server/src/reports).
-- A shift opens with a float and closes with a count; closing stamps every order of the terminal
-- that has no shift yet (orders.shift_id) and stores the Z report as JSON, never recomputed.
-- Amounts are whole XOF francs; times are milliseconds since the epoch (UTC).
CREATE TABLE shifts (
    id TEXT PRIMARY KEY,
    terminal_id TEXT NOT NULL,
    opened_at BIGINT NOT NULL,
    opened_by TEXT NOT NULL,
    opening_float BIGINT NOT NULL,
    closed_at BIGINT,
    closed_by TEXT,
    approved_by TEXT,
    counted_cash BIGINT,
    expected_cash BIGINT,
    note TEXT,
    report_json TEXT
);
-- At most one open shift per terminal, even with several server processes.
CREATE UNIQUE INDEX shifts_open_terminal ON shifts (terminal_id) WHERE closed_at IS NULL;
CREATE INDEX shifts_opened_at ON shifts (opened_at);
ALTER TABLE orders ADD COLUMN shift_id TEXT;
CREATE INDEX orders_shift ON orders (shift_id);
