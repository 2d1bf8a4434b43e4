-- The shop's catalog, mastered by the server (owned by server/src/catalog). Prices are whole XOF
-- francs; updated_at is milliseconds since the epoch (UTC) and only moves when a row changes, so
-- terminals can ask for what changed since their last refresh. Inactive products stay for history.
-- SKU and barcode are optional (empty), but unique when given.
CREATE TABLE products (
    id TEXT PRIMARY KEY,
    sku TEXT NOT NULL DEFAULT '',
    barcode TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL,
    category TEXT NOT NULL DEFAULT '',
    unit_price BIGINT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX products_sku ON products (sku) WHERE sku <> '';
CREATE UNIQUE INDEX products_barcode ON products (barcode) WHERE barcode <> '';
CREATE INDEX products_updated_at ON products (updated_at);
