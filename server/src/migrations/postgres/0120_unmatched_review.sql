-- The managers' side of the unmatched register (owned by server/src/admin): who reviewed an entry
-- and their note, and LigdiCash's confirm answer for the callback's token, fetched once on a
-- manager's request for information only (an unmatched payment never makes an order paid).
ALTER TABLE unmatched_payments ADD COLUMN reviewed_by BIGINT;
ALTER TABLE unmatched_payments ADD COLUMN note TEXT;
ALTER TABLE unmatched_payments ADD COLUMN confirm_json TEXT;
ALTER TABLE unmatched_payments ADD COLUMN confirm_checked_at BIGINT;
