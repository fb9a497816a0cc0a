-- The revisions after a change number (what a catalogue kept at that change must read again), and the last change
CREATE INDEX experiment_revision_change ON experiment_revision (change);
