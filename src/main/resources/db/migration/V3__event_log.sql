-- The interaction log. Append-only: rows are never updated; deletion is reserved for retention
-- and erasure jobs. seq gives consumers (model retraining) a cheap "everything after N" cursor.
CREATE TABLE events (
    seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id     text        NOT NULL UNIQUE CHECK (length(event_id) BETWEEN 1 AND 128),
    type         text        NOT NULL,
    occurred_at  timestamptz NOT NULL,
    customer_id  text,
    session_id   text,
    item_ids     text[]      NOT NULL DEFAULT '{}',
    query        text,
    payload      jsonb       NOT NULL DEFAULT '{}'::jsonb,
    received_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (customer_id IS NOT NULL OR session_id IS NOT NULL)
);
CREATE INDEX events_customer_time_idx ON events (customer_id, occurred_at) WHERE customer_id IS NOT NULL;
CREATE INDEX events_session_time_idx ON events (session_id, occurred_at) WHERE session_id IS NOT NULL;
CREATE INDEX events_type_time_idx ON events (type, occurred_at);

CREATE FUNCTION events_reject_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the event log is append-only: events cannot be updated';
END $$;

CREATE TRIGGER events_append_only BEFORE UPDATE ON events
    FOR EACH ROW EXECUTE FUNCTION events_reject_update();
