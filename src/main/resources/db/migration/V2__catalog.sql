CREATE TABLE products (
    id            bigserial PRIMARY KEY,
    sku           text        NOT NULL UNIQUE CHECK (length(sku) BETWEEN 1 AND 64),
    title         text        NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
    description   text,
    -- hierarchical path with ' > ' between levels, e.g. 'Home > Candles & Lights'
    category_path text        NOT NULL DEFAULT '',
    attributes    jsonb       NOT NULL DEFAULT '{}'::jsonb,
    price         numeric(12, 2) NOT NULL CHECK (price >= 0),
    currency      char(3)     NOT NULL,
    stock         integer     NOT NULL DEFAULT 0 CHECK (stock >= 0),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX products_category_idx ON products (category_path text_pattern_ops);
CREATE INDEX products_price_idx ON products (price);

CREATE TABLE customers (
    id           bigserial PRIMARY KEY,
    -- the store's own customer id; events and JWTs refer to customers by it
    external_id  text        NOT NULL UNIQUE CHECK (length(external_id) BETWEEN 1 AND 128),
    country      text,
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE orders (
    id            bigserial PRIMARY KEY,
    order_number  text        NOT NULL UNIQUE,
    customer_id   bigint      REFERENCES customers (id),
    status        text        NOT NULL CHECK (status IN ('placed', 'paid', 'shipped', 'delivered', 'cancelled', 'returned')),
    placed_at     timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    currency      char(3)     NOT NULL,
    total_amount  numeric(14, 2) NOT NULL
);
CREATE INDEX orders_customer_placed_idx ON orders (customer_id, placed_at);
CREATE INDEX orders_placed_idx ON orders (placed_at);

CREATE TABLE order_lines (
    order_id    bigint         NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    line_no     integer        NOT NULL,
    product_id  bigint         NOT NULL REFERENCES products (id),
    quantity    integer        NOT NULL CHECK (quantity > 0),
    unit_price  numeric(12, 2) NOT NULL CHECK (unit_price >= 0),
    amount      numeric(14, 2) NOT NULL,
    PRIMARY KEY (order_id, line_no)
);
CREATE INDEX order_lines_product_idx ON order_lines (product_id);

-- one row per bulk load (demo store, catalog imports): what was read, loaded and rejected and why
CREATE TABLE import_runs (
    id            bigserial PRIMARY KEY,
    kind          text        NOT NULL,
    source        text        NOT NULL,
    source_sha256 text,
    started_at    timestamptz NOT NULL,
    finished_at   timestamptz,
    status        text        NOT NULL CHECK (status IN ('running', 'succeeded', 'failed')),
    rows_read     bigint      NOT NULL DEFAULT 0,
    rows_loaded   bigint      NOT NULL DEFAULT 0,
    rows_rejected bigint      NOT NULL DEFAULT 0,
    details       jsonb       NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX import_runs_kind_idx ON import_runs (kind, started_at DESC);
