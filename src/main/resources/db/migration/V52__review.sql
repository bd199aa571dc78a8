-- Conversation-log review: reviewers' labels on whole conversations or single messages, and the indexes that the
-- review filters (date, intent, tool, flags, free text) and the dashboard use.
CREATE TABLE conversation_labels (
    id              bigserial   PRIMARY KEY,
    conversation_id text        NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    -- null: the label is about the whole conversation
    message_id      bigint      REFERENCES conversation_messages (id) ON DELETE CASCADE,
    label           text        NOT NULL CHECK (label IN ('good_answer', 'wrong_fact', 'should_have_handed_off', 'other')),
    note            text        CHECK (length(note) <= 2000),
    -- the staff username of the reviewer who set it
    reviewer        text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX conversation_labels_conversation_idx ON conversation_labels (conversation_id, id);
CREATE INDEX conversation_labels_reviewer_idx ON conversation_labels (reviewer, created_at DESC);

CREATE INDEX conversations_created_idx ON conversations (created_at DESC, id);
CREATE INDEX conversation_messages_intent_idx ON conversation_messages (intent, conversation_id) WHERE intent IS NOT NULL;
CREATE INDEX conversation_messages_flags_idx ON conversation_messages USING gin (flags) WHERE flags <> '{}';
CREATE INDEX conversation_messages_created_idx ON conversation_messages (created_at) WHERE flags <> '{}';
CREATE INDEX conversation_messages_text_trgm_idx ON conversation_messages USING gin (text gin_trgm_ops);
CREATE INDEX conversation_tool_calls_name_idx ON conversation_tool_calls (name, conversation_id);
