-- The agents' console: who a waiting conversation is assigned to, agents' availability, private notes and canned
-- replies. Agents themselves are staff_users (V50) with the role 'agent'; their capacity is staff_users.capacity.

-- The agent a conversation is assigned to (round-robin) or who took it; cleared when it goes back to the bot or is
-- resolved. A waiting conversation without one is in the shared queue.
ALTER TABLE conversations ADD COLUMN assigned_agent text, ADD COLUMN assigned_at timestamptz;
CREATE INDEX conversations_assigned_idx ON conversations (assigned_agent)
    WHERE state IN ('waiting_for_agent', 'with_agent');
-- the inbox's live view: conversations with recent messages
CREATE INDEX conversation_messages_recent_idx ON conversation_messages (created_at);

-- An agent's presence: only available agents get conversations assigned; the one assigned to longest ago goes first.
CREATE TABLE console_agents (
    username         text        PRIMARY KEY REFERENCES staff_users (username) ON DELETE CASCADE,
    available        boolean     NOT NULL DEFAULT false,
    last_assigned_at timestamptz,
    updated_at       timestamptz NOT NULL DEFAULT now()
);

-- Agents' private notes on a conversation: never sent to the shopper's widget or shown in their transcript.
CREATE TABLE conversation_notes (
    id              bigserial   PRIMARY KEY,
    conversation_id text        NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    author          text        NOT NULL,
    text            text        NOT NULL CHECK (length(text) BETWEEN 1 AND 10000),
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX conversation_notes_conversation_idx ON conversation_notes (conversation_id, id);

-- Replies agents insert with a shortcut; admins add more.
CREATE TABLE canned_replies (
    id         bigserial   PRIMARY KEY,
    shortcut   text        NOT NULL UNIQUE CHECK (shortcut ~ '^[a-z][a-z0-9-]{0,31}$'),
    title      text        NOT NULL CHECK (length(title) BETWEEN 1 AND 80),
    body       text        NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
    created_by text        NOT NULL,
    uses       integer     NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO canned_replies (shortcut, title, body, created_by) VALUES
    ('hello', 'Greeting', 'Hi, thanks for waiting! I''m here to help. Let me read what you''ve discussed so far.', 'system'),
    ('order-check', 'Checking an order', 'Let me check that order for you; it will take a moment.', 'system'),
    ('returns', 'Returns', 'You can return any item within 30 days of delivery. I can start the return for you now if you like.', 'system'),
    ('delay', 'Delivery delay', 'I''m sorry your delivery is late. I''ve looked into it and will keep you updated here.', 'system'),
    ('anything-else', 'Anything else?', 'Is there anything else I can help you with today?', 'system'),
    ('goodbye', 'Closing', 'Thanks for chatting with us. Have a lovely day!', 'system');
