-- Order history (owned by server/src/history): who reviewed a flagged order, when and why, and
-- the indexes behind GET /api/v1/history on a million orders (figures in docs/performance.md).
-- Pages are keyset-paged on (created_at, id) or (total, id). The common filters (a day, a
-- cashier, a status) each have an index that also serves the created sort, so a filtered page
-- reads only the rows it shows; status and total ride along so that the filtered totals are
-- read from the index alone. Unreviewed flags are rare: a partial index finds them.
ALTER TABLE orders ADD COLUMN reviewed_at BIGINT;
ALTER TABLE orders ADD COLUMN reviewed_by TEXT;
ALTER TABLE orders ADD COLUMN review_note TEXT;
CREATE INDEX orders_created_id ON orders (created_at, id, status, total);
CREATE INDEX orders_total_id ON orders (total, id);
CREATE INDEX orders_cashier_created ON orders (cashier_id, created_at, id, status, total);
CREATE INDEX orders_status_created ON orders (status, created_at, id, total);
CREATE INDEX orders_reference ON orders (reference);
CREATE INDEX orders_flagged ON orders (created_at, id)
    WHERE (flag_mismatch <> 0 OR flag_paid_late <> 0) AND reviewed_at IS NULL;
