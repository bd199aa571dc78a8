-- Staff who sign in to the console and the review UI. Passwords are bcrypt hashes (Modular Crypt Format);
-- roles among agent, reviewer, admin. capacity: how many conversations an agent holds at once.
CREATE TABLE staff_users (
    username      text        PRIMARY KEY CHECK (username ~ '^[a-z][a-z0-9._-]{1,63}$'),
    password_hash text        NOT NULL,
    roles         text[]      NOT NULL CHECK (roles <@ ARRAY['agent', 'reviewer', 'admin']::text[] AND cardinality(roles) > 0),
    display_name  text        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
    capacity      smallint    NOT NULL DEFAULT 3 CHECK (capacity BETWEEN 0 AND 50),
    active        boolean     NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now()
);

-- What staff did (take over, reply, label, export, erase, sign in): who, what, to what, when. Append-only;
-- details hold ids and counts, never a shopper's words.
CREATE TABLE audit_log (
    id          bigserial   PRIMARY KEY,
    actor       text        NOT NULL,
    action      text        NOT NULL CHECK (action ~ '^[a-z][a-z_]{1,39}$'),
    target_type text,
    target_id   text,
    details     jsonb       NOT NULL DEFAULT '{}'::jsonb,
    at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC);
CREATE INDEX audit_log_actor_idx ON audit_log (actor, at DESC);
CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id);
