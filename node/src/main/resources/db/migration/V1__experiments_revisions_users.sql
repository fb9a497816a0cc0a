-- PostgreSQL is the source of truth; the Jena query index is rebuilt from these tables.

CREATE TABLE staff_user (
    id            BIGSERIAL PRIMARY KEY,
    username      TEXT        NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{2,64}$'),
    password_hash TEXT        NOT NULL,
    role          TEXT        NOT NULL CHECK (role IN ('editor', 'admin')),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One row per experiment: its current state; every version lives in experiment_revision.
CREATE TABLE experiment (
    slug             TEXT        PRIMARY KEY CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,99}$'),
    state            TEXT        NOT NULL CHECK (state IN ('draft', 'published', 'deleted')),
    current_revision INTEGER     NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Every write appends a revision holding the whole record (canonical N-Triples); never updated.
CREATE TABLE experiment_revision (
    slug       TEXT        NOT NULL REFERENCES experiment (slug),
    number     INTEGER     NOT NULL CHECK (number > 0),
    state      TEXT        NOT NULL CHECK (state IN ('draft', 'published', 'deleted')),
    author     TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    record     TEXT        NOT NULL,
    PRIMARY KEY (slug, number)
);
