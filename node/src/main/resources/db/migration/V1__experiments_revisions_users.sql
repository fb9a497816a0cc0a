-- PostgreSQL is the source of truth; the Jena query index is rebuilt from these tables.

CREATE TABLE staff_user (
    username      TEXT        PRIMARY KEY CHECK (username ~ '^[a-z0-9._-]{2,64}$'),
    password_hash TEXT        NOT NULL,
    role          TEXT        NOT NULL CHECK (role IN ('editor', 'admin')),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Bearer tokens for the API; only their SHA-256 is kept.
CREATE TABLE api_token (
    token_hash TEXT        PRIMARY KEY,
    username   TEXT        NOT NULL REFERENCES staff_user (username) ON DELETE CASCADE,
    label      TEXT        NOT NULL DEFAULT '',
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at TIMESTAMPTZ NOT NULL
);

-- Every change to the data gets the next number; the query index records the last one it reflects.
CREATE SEQUENCE change_seq;

-- One row per experiment: its current state, and what search and listing need.
CREATE TABLE experiment (
    slug             TEXT        PRIMARY KEY CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,99}$'),
    state            TEXT        NOT NULL CHECK (state IN ('draft', 'published', 'deleted')),
    current_revision INTEGER     NOT NULL,
    title            TEXT        NOT NULL DEFAULT '',
    status           TEXT,
    themes           TEXT[]      NOT NULL DEFAULT '{}',
    search           TSVECTOR    NOT NULL DEFAULT ''::tsvector,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX experiment_search ON experiment USING GIN (search);
CREATE INDEX experiment_themes ON experiment USING GIN (themes);

-- Every write appends a revision holding the whole record (canonical N-Triples); never updated.
-- A delete appends a tombstone: state 'deleted' and an empty record.
CREATE TABLE experiment_revision (
    slug       TEXT        NOT NULL REFERENCES experiment (slug),
    number     INTEGER     NOT NULL CHECK (number > 0),
    change     BIGINT      NOT NULL DEFAULT nextval('change_seq'),
    state      TEXT        NOT NULL CHECK (state IN ('draft', 'published', 'deleted')),
    author     TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    record     TEXT        NOT NULL,
    PRIMARY KEY (slug, number)
);

-- Node-level documents that are not experiments, e.g. the description of the territory ('territory').
CREATE TABLE node_document (
    name       TEXT        PRIMARY KEY,
    change     BIGINT      NOT NULL DEFAULT nextval('change_seq'),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    record     TEXT        NOT NULL
);
