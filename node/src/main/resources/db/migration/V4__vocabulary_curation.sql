-- The vocabulary a node runs, and on the hub its curation: proposals, comments, releases, an audit trail.

ALTER TABLE staff_user DROP CONSTRAINT staff_user_role_check;
ALTER TABLE staff_user ADD CONSTRAINT staff_user_role_check CHECK (role IN ('editor', 'coordinator', 'admin'));

-- Every vocabulary this node took up, newest last: a release (with the hub's candidate concepts), as N-Triples.
-- The query index holds the last one; its change number orders it among the data's changes.
CREATE TABLE vocabulary_installation (
    id           BIGSERIAL   PRIMARY KEY,
    change       BIGINT      NOT NULL DEFAULT nextval('change_seq'),
    version      TEXT        NOT NULL,
    candidates   INTEGER     NOT NULL DEFAULT 0,
    candidates_tag TEXT      NOT NULL DEFAULT '',
    source       TEXT        NOT NULL,
    installed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    content      TEXT        NOT NULL
);

-- On the hub: each released version, immutable once written.
CREATE TABLE vocabulary_release (
    version       TEXT        PRIMARY KEY,
    prior_version TEXT        REFERENCES vocabulary_release (version),
    issued_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    released_by   TEXT        NOT NULL,
    note          TEXT        NOT NULL DEFAULT '',
    content       TEXT        NOT NULL,
    insertions    TEXT        NOT NULL DEFAULT '',
    deletions     TEXT        NOT NULL DEFAULT ''
);

-- On the hub: typed change requests; the change itself is JSON (see docs/guide-coordinator.md).
CREATE TABLE vocabulary_proposal (
    id              BIGSERIAL   PRIMARY KEY,
    kind            TEXT        NOT NULL,
    state           TEXT        NOT NULL CHECK (state IN ('draft', 'submitted', 'in-review', 'accepted', 'rejected', 'withdrawn', 'released')),
    title           TEXT        NOT NULL,
    change          JSONB       NOT NULL,
    rationale       TEXT        NOT NULL DEFAULT '',
    proposer        TEXT        NOT NULL,
    proposer_node   TEXT        NOT NULL,
    candidate_iri   TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    decided_by      TEXT,
    decided_at      TIMESTAMPTZ,
    reason          TEXT,
    accepted_seq    BIGINT,
    released_in     TEXT        REFERENCES vocabulary_release (version)
);
CREATE SEQUENCE vocabulary_acceptance_seq;
CREATE INDEX vocabulary_proposal_state ON vocabulary_proposal (state);
CREATE UNIQUE INDEX vocabulary_proposal_candidate ON vocabulary_proposal (candidate_iri) WHERE candidate_iri IS NOT NULL;

CREATE TABLE vocabulary_comment (
    id          BIGSERIAL   PRIMARY KEY,
    proposal_id BIGINT      NOT NULL REFERENCES vocabulary_proposal (id),
    author      TEXT        NOT NULL,
    author_node TEXT        NOT NULL,
    body        TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Severities coordinators set; a check absent here has its default severity.
CREATE TABLE vocabulary_check_severity (
    check_id   TEXT        PRIMARY KEY,
    severity   TEXT        NOT NULL CHECK (severity IN ('blocking', 'warning')),
    set_by     TEXT        NOT NULL,
    set_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Every curation action: who, from which node, when, what, why.
CREATE TABLE vocabulary_audit (
    id          BIGSERIAL   PRIMARY KEY,
    at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    actor       TEXT        NOT NULL,
    actor_node  TEXT        NOT NULL,
    action      TEXT        NOT NULL,
    proposal_id BIGINT,
    version     TEXT,
    detail      TEXT        NOT NULL DEFAULT ''
);
CREATE INDEX vocabulary_audit_at ON vocabulary_audit (at);
