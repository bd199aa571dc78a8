-- Lifetime-value models: every trained version with its holdout metrics; exactly one active per kind.
CREATE TABLE ltv_model_versions (
    id            bigserial PRIMARY KEY,
    kind          text        NOT NULL CHECK (kind IN ('bgnbd_gg', 'ziln')),
    trained_at    timestamptz NOT NULL DEFAULT now(),
    cutoff        timestamptz NOT NULL,
    holdout_end   timestamptz NOT NULL,
    customers     integer     NOT NULL,
    params        jsonb       NOT NULL DEFAULT '{}'::jsonb,
    artifact      bytea,
    metrics       jsonb       NOT NULL DEFAULT '{}'::jsonb,
    status        text        NOT NULL CHECK (status IN ('active', 'retired', 'rejected')),
    activated_at  timestamptz
);
CREATE UNIQUE INDEX ltv_model_versions_one_active ON ltv_model_versions (kind) WHERE status = 'active';

-- Every retraining run, including the failed ones.
CREATE TABLE ltv_runs (
    id                bigserial PRIMARY KEY,
    trigger           text        NOT NULL,
    started_at        timestamptz NOT NULL DEFAULT now(),
    finished_at       timestamptz,
    outcome           text        NOT NULL CHECK (outcome IN ('running', 'promoted', 'kept_active', 'failed')),
    customers         integer,
    orders            integer,
    model_version_ids bigint[]    NOT NULL DEFAULT '{}',
    metrics           jsonb       NOT NULL DEFAULT '{}'::jsonb,
    error             text
);

-- The latest score of each customer, written in batches by the run that promoted a model.
CREATE TABLE customer_scores (
    customer_id          bigint PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
    predicted_value      numeric(14, 2) NOT NULL,
    expected_purchases   double precision NOT NULL,
    probability_alive    double precision NOT NULL,
    churn_risk           double precision NOT NULL CHECK (churn_risk BETWEEN 0 AND 1),
    tier                 text        NOT NULL CHECK (tier IN ('top5', 'top20', 'rest', 'new')),
    drivers              jsonb       NOT NULL DEFAULT '[]'::jsonb,
    model_version_id     bigint      NOT NULL REFERENCES ltv_model_versions (id),
    scored_at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX customer_scores_tier_idx ON customer_scores (tier, predicted_value DESC);
