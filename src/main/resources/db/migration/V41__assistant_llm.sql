-- The LLM path of the assistant: the model's own message list per conversation (system prompt, shopper messages,
-- tool calls and their results, answers), already cut to the token window; the full record of the conversation
-- stays in conversation_messages and conversation_tool_calls.
CREATE TABLE conversation_llm_memory (
    conversation_id text        PRIMARY KEY REFERENCES conversations (id) ON DELETE CASCADE,
    -- LangChain4j's JSON form of the message list
    messages        jsonb       NOT NULL,
    updated_at      timestamptz NOT NULL DEFAULT now()
);

-- Customers the store most wants to keep (high value, at risk of churning) are served first once handed off.
ALTER TABLE conversations ADD COLUMN priority smallint NOT NULL DEFAULT 0 CHECK (priority BETWEEN 0 AND 9);
DROP INDEX conversations_waiting_idx;
CREATE INDEX conversations_waiting_idx ON conversations (priority DESC, handed_off_at) WHERE state = 'waiting_for_agent';

-- The per-session rate limit counts a session's recent shopper messages.
CREATE INDEX conversations_session_idx ON conversations (session_id);
CREATE INDEX conversation_messages_shopper_time_idx ON conversation_messages (conversation_id, created_at)
    WHERE role = 'shopper';
