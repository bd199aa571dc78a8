-- The shopping assistant: conversations with their messages and tool calls (its memory), and the store's
-- policy documents that answer shipping, returns, payment, warranty and privacy questions.

CREATE TABLE conversations (
    id             text        PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
    session_id     text        NOT NULL CHECK (length(session_id) BETWEEN 1 AND 128),
    -- the store's customer id (customers.external_id) of the signed-in shopper; null while anonymous
    customer_id    text,
    state          text        NOT NULL DEFAULT 'bot'
                               CHECK (state IN ('bot', 'waiting_for_agent', 'with_agent', 'resolved')),
    handoff_reason text,
    agent_id       text,
    -- what follow-ups refer to ("cheaper ones?"): the last search, its price bounds and the products shown
    dialogue       jsonb       NOT NULL DEFAULT '{}'::jsonb,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    handed_off_at  timestamptz,
    resolved_at    timestamptz
);
CREATE INDEX conversations_customer_idx ON conversations (customer_id, created_at) WHERE customer_id IS NOT NULL;
CREATE INDEX conversations_waiting_idx ON conversations (handed_off_at) WHERE state = 'waiting_for_agent';

CREATE TABLE conversation_messages (
    id              bigserial   PRIMARY KEY,
    conversation_id text        NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    role            text        NOT NULL CHECK (role IN ('shopper', 'assistant', 'agent', 'system')),
    -- personal data (card numbers, emails, phone numbers) is masked before it is stored
    text            text        NOT NULL,
    intent          text,
    flags           text[]      NOT NULL DEFAULT '{}',
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX conversation_messages_conversation_idx ON conversation_messages (conversation_id, id);

CREATE TABLE conversation_tool_calls (
    id              bigserial   PRIMARY KEY,
    conversation_id text        NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    -- the assistant message whose answer used the result
    message_id      bigint      REFERENCES conversation_messages (id) ON DELETE CASCADE,
    name            text        NOT NULL,
    arguments       jsonb       NOT NULL DEFAULT '{}'::jsonb,
    result          jsonb       NOT NULL DEFAULT '{}'::jsonb,
    latency_ms      integer     NOT NULL CHECK (latency_ms >= 0),
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX conversation_tool_calls_conversation_idx ON conversation_tool_calls (conversation_id, id);

-- One document per topic; its sections are the passages that questions are matched against.
CREATE TABLE policy_documents (
    id           bigserial   PRIMARY KEY,
    topic        text        NOT NULL UNIQUE CHECK (topic ~ '^[a-z][a-z0-9_-]{0,31}$'),
    title        text        NOT NULL,
    body         text        NOT NULL,
    -- SHA-256 of the body: a changed document has its passages rebuilt and re-embedded
    content_hash bytea       NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE policy_passages (
    id          bigserial PRIMARY KEY,
    document_id bigint    NOT NULL REFERENCES policy_documents (id) ON DELETE CASCADE,
    ordinal     integer   NOT NULL,
    heading     text      NOT NULL,
    body        text      NOT NULL,
    UNIQUE (document_id, ordinal)
);

-- A few dozen passages: exact cosine search, no index needed. One vector per passage per embedding model.
CREATE TABLE policy_passage_embeddings (
    passage_id bigint NOT NULL REFERENCES policy_passages (id) ON DELETE CASCADE,
    model      text   NOT NULL,
    embedding  vector NOT NULL,
    PRIMARY KEY (passage_id, model)
);
