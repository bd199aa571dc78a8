-- Sequential recommender (SASRec): every trained version with its validation metrics; one active at a time,
-- the previous ones kept for rollback (their vectors stay until they are pruned).
CREATE TABLE rec_model_versions (
    id            bigserial PRIMARY KEY,
    trained_at    timestamptz NOT NULL DEFAULT now(),
    -- the newest event the training data saw: a customer vector older than their newest event is recomputed
    events_seq    bigint      NOT NULL,
    sequences     integer     NOT NULL,
    items         integer     NOT NULL,
    dimension     integer     NOT NULL CHECK (dimension BETWEEN 1 AND 2000),
    config        jsonb       NOT NULL,
    metrics       jsonb       NOT NULL DEFAULT '{}'::jsonb,
    artifact      bytea       NOT NULL,
    status        text        NOT NULL CHECK (status IN ('active', 'retired', 'rejected')),
    activated_at  timestamptz
);
CREATE UNIQUE INDEX rec_model_versions_one_active ON rec_model_versions (status) WHERE status = 'active';

-- The model's output item embeddings: score(customer, item) = customer vector · item vector.
-- Each version gets a partial HNSW index (inner product) over its own rows, named rec_item_hnsw_<version>,
-- created by the training run; queries repeat its predicate and cast:
--   WHERE model_version_id = <v> ORDER BY embedding::vector(<dimension>) <#> ...
CREATE TABLE rec_item_vectors (
    model_version_id bigint  NOT NULL REFERENCES rec_model_versions (id) ON DELETE CASCADE,
    product_id       bigint  NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    item_index       integer NOT NULL CHECK (item_index >= 1),
    -- occurrences in the training sequences: the popularity penalty of the diversity re-ranking
    interactions     integer NOT NULL CHECK (interactions >= 0),
    embedding        vector  NOT NULL,
    PRIMARY KEY (model_version_id, product_id),
    UNIQUE (model_version_id, item_index)
);

-- A customer's vector under a version, from their sequence up to events_seq (the newest event it includes).
CREATE TABLE rec_customer_vectors (
    model_version_id bigint      NOT NULL REFERENCES rec_model_versions (id) ON DELETE CASCADE,
    customer_id      text        NOT NULL,
    events_seq       bigint      NOT NULL,
    embedding        vector      NOT NULL,
    updated_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (model_version_id, customer_id)
);

-- Every retraining run, including failed ones.
CREATE TABLE rec_runs (
    id               bigserial PRIMARY KEY,
    trigger          text        NOT NULL,
    started_at       timestamptz NOT NULL DEFAULT now(),
    finished_at      timestamptz,
    outcome          text        NOT NULL CHECK (outcome IN ('running', 'promoted', 'kept_active', 'failed')),
    model_version_id bigint REFERENCES rec_model_versions (id) ON DELETE SET NULL,
    report           jsonb       NOT NULL DEFAULT '{}'::jsonb,
    error            text
);

-- Co-purchase neighbours and trending items read purchases by product.
CREATE INDEX events_item_ids_idx ON events USING gin (item_ids) WHERE type IN ('purchase', 'add_to_cart');
