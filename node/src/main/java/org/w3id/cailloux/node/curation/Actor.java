package org.w3id.cailloux.node.curation;

import org.w3id.cailloux.node.security.Role;

/**
 * Who acts on the hub: a staff member of the hub itself, or of a city node that forwarded the request in its own name
 * ({@link NodeProofs}); the node is its IRI.
 */
public record Actor(String username, String node, Role role) {

    /** True when the actor may decide on proposals. */
    public boolean coordinates() {
        return role.includes(Role.COORDINATOR);
    }
}
