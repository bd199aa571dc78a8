-- Privacy: erasure on request (receipts, tombstones, de-identified orders) and retention of raw chat text.
-- See docs/privacy.md.

-- Orders are kept after their customer is erased (bookkeeping law) but no longer point at anyone: customer_id
-- becomes null and this opaque pseudonym, random per erasure, still groups the erased customer's orders.
ALTER TABLE orders ADD COLUMN customer_pseudonym text;

-- One row per erasure request, also for a repeated one: who asked, when, and how many rows each table lost.
-- Holds no personal data: neither the customer id nor a hash of it.
CREATE TABLE erasure_receipts (
    id            bigserial   PRIMARY KEY,
    requested_by  text        NOT NULL,
    subject_kind  text        NOT NULL CHECK (subject_kind IN ('customer', 'session')),
    erased_at     timestamptz NOT NULL DEFAULT now(),
    counts        jsonb       NOT NULL
);

-- Erased customers and anonymous sessions, by SHA-256 of 'customer:<id>' or 'session:<id>' (the id itself is not
-- kept). Data about them that arrives late (a Kafka backlog, a queued chat_turn, a retraining run that read the log
-- before the erasure) must not bring them back; data from after the erasure is a new customer's and is kept.
CREATE TABLE privacy_tombstones (
    subject_hash  bytea       PRIMARY KEY,
    erased_at     timestamptz NOT NULL,
    -- the newest event in the log when the subject was erased: vectors computed from the log up to here are stale
    events_seq    bigint      NOT NULL
);

CREATE FUNCTION privacy_subject_hash(kind text, id text) RETURNS bytea LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT sha256(convert_to(kind || ':' || id, 'UTF8'))
$$;

-- Events that happened before their customer's (or session's) erasure are dropped on arrival by the event log's
-- insert (EventRepository), which reports them as not new, like a re-sent event. It checks only events older than the
-- newest erasure, so live traffic pays one index lookup per batch (a per-row trigger made every insert 4x slower).
CREATE INDEX privacy_tombstones_erased_at_idx ON privacy_tombstones (erased_at);

-- A recommender run that read the log before the erasure would write the erased customer's vector back.
CREATE FUNCTION privacy_drop_erased_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM privacy_tombstones t
               WHERE t.subject_hash = privacy_subject_hash('customer', NEW.customer_id)
                 AND t.events_seq >= NEW.events_seq) THEN
        RETURN NULL;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER rec_customer_vectors_drop_erased BEFORE INSERT ON rec_customer_vectors
    FOR EACH ROW EXECUTE FUNCTION privacy_drop_erased_vector();

-- An LTV run that read the customers before the erasure would fail on the deleted customer's foreign key.
CREATE FUNCTION privacy_drop_score_of_deleted_customer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM customers WHERE id = NEW.customer_id) THEN
        RETURN NULL;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER customer_scores_drop_deleted BEFORE INSERT ON customer_scores
    FOR EACH ROW EXECUTE FUNCTION privacy_drop_score_of_deleted_customer();

-- Retention: raw chat text past the retention period is replaced by a marker; what the dashboards and models read
-- (roles, intents, flags, tool names, numbers, latency) stays. redacted_at marks the rows already done.
ALTER TABLE conversation_messages ADD COLUMN redacted_at timestamptz;
ALTER TABLE conversation_tool_calls ADD COLUMN redacted_at timestamptz;
CREATE INDEX conversation_messages_unredacted_idx ON conversation_messages (created_at) WHERE redacted_at IS NULL;
CREATE INDEX conversation_tool_calls_unredacted_idx ON conversation_tool_calls (created_at) WHERE redacted_at IS NULL;

-- Every string in a JSON value becomes the marker; keys, numbers, booleans and the shape stay.
CREATE FUNCTION privacy_redact_strings(value jsonb, marker text) RETURNS jsonb LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE jsonb_typeof(value)
        WHEN 'string' THEN to_jsonb(marker)
        WHEN 'object' THEN (SELECT coalesce(jsonb_object_agg(key, privacy_redact_strings(v, marker)), '{}'::jsonb)
                            FROM jsonb_each(value) AS e(key, v))
        WHEN 'array' THEN (SELECT coalesce(jsonb_agg(privacy_redact_strings(v, marker) ORDER BY i), '[]'::jsonb)
                           FROM jsonb_array_elements(value) WITH ORDINALITY AS a(v, i))
        ELSE value
    END
$$;

-- The event log stays append-only, with one exception: the retention job, which sets aisle.retention_redaction
-- for its own transaction, may rewrite the payload of chat_turn events (and nothing else).
CREATE OR REPLACE FUNCTION events_reject_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('aisle.retention_redaction', true) = 'on' AND OLD.type = 'chat_turn'
       AND (NEW.seq, NEW.event_id, NEW.type, NEW.occurred_at, NEW.customer_id, NEW.session_id, NEW.item_ids,
            NEW.query, NEW.received_at)
           IS NOT DISTINCT FROM
           (OLD.seq, OLD.event_id, OLD.type, OLD.occurred_at, OLD.customer_id, OLD.session_id, OLD.item_ids,
            OLD.query, OLD.received_at) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the event log is append-only: events cannot be updated';
END $$;

CREATE INDEX events_chat_turn_unredacted_idx ON events (occurred_at)
    WHERE type = 'chat_turn' AND NOT payload ? 'redacted';
