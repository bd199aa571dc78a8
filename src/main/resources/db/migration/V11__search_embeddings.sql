-- Product search, vector side. Every embedding model gets its own vectors (one per product per model),
-- so switching models never mixes vectors, and several models can be compared on the same catalog.
-- The model's dimension is recorded; a model whose dimension or output changed is re-embedded in full.
CREATE TABLE embedding_models (
    name        text        PRIMARY KEY CHECK (name ~ '^[a-z0-9][a-z0-9._-]{0,31}$'),
    dimension   integer     NOT NULL CHECK (dimension BETWEEN 1 AND 2000),
    -- the embedding of a fixed sentence: if the same model name starts giving another vector
    -- (new weights, new library), the stored vectors are stale and are all recomputed
    probe       vector      NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    synced_at   timestamptz
);

CREATE TABLE product_embeddings (
    model        text        NOT NULL REFERENCES embedding_models (name) ON DELETE CASCADE,
    product_id   bigint      NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    -- SHA-256 of the text that was embedded (title, category, attributes, description)
    content_hash bytea       NOT NULL,
    embedding    vector      NOT NULL,
    embedded_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (model, product_id)
);
CREATE INDEX product_embeddings_product_idx ON product_embeddings (product_id);

-- One HNSW index per model: a partial index over that model's rows with the column cast to the model's
-- dimension (the column itself has none), cosine distance for unit-length sentence embeddings. The predicate
-- also names the dimension, so rows of an earlier dimension (deleted but not yet vacuumed) never meet the cast.
-- Queries repeat predicate and cast:
--   WHERE model = '<name>' AND vector_dims(embedding) = 384 ORDER BY embedding::vector(384) <=> ...
-- The app creates the same kind of index (named product_vec_hnsw_<name>_<dimension>) for any other model.
CREATE INDEX product_vec_hnsw_all_minilm_l6_v2_384 ON product_embeddings
    USING hnsw ((embedding::vector(384)) vector_cosine_ops) WHERE model = 'all-minilm-l6-v2' AND vector_dims(embedding) = 384;
CREATE INDEX product_vec_hnsw_all_minilm_l6_v2_q_384 ON product_embeddings
    USING hnsw ((embedding::vector(384)) vector_cosine_ops) WHERE model = 'all-minilm-l6-v2-q' AND vector_dims(embedding) = 384;
CREATE INDEX product_vec_hnsw_bge_small_en_v15_384 ON product_embeddings
    USING hnsw ((embedding::vector(384)) vector_cosine_ops) WHERE model = 'bge-small-en-v15' AND vector_dims(embedding) = 384;
