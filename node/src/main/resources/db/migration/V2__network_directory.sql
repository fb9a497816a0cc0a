-- On a node acting as the network's directory: the nodes that registered, and whether an admin approved them.
CREATE TABLE network_node (
    url           TEXT        PRIMARY KEY,
    city          TEXT        NOT NULL,
    state         TEXT        NOT NULL CHECK (state IN ('pending', 'approved', 'rejected')),
    registered_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    decided_at    TIMESTAMPTZ,
    decided_by    TEXT
);
