package org.w3id.cailloux.node.security;

/** What a staff member may do: editors publish, coordinators also curate the vocabulary on the hub, admins everything. */
public enum Role {
    EDITOR, COORDINATOR, ADMIN;

    /** True when this role includes everything {@code other} may do. */
    public boolean includes(Role other) {
        return this == ADMIN || this == other || (this == COORDINATOR && other == EDITOR);
    }

    /** The role as stored, e.g. {@code editor}. */
    public String code() {
        return name().toLowerCase();
    }

    /** The role stored as {@code code}. */
    public static Role ofCode(String code) {
        return valueOf(code.toUpperCase());
    }
}
