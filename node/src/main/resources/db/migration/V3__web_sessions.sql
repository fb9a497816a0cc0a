-- Sessions of staff signed in to the web pages; only the SHA-256 of the cookie's random id is kept.
CREATE TABLE web_session (
    id_hash    TEXT        PRIMARY KEY,
    username   TEXT        NOT NULL REFERENCES staff_user (username) ON DELETE CASCADE,
    csrf_token TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX web_session_expires ON web_session (expires_at);
