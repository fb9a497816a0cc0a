package org.w3id.cailloux.node.web;

import org.w3id.cailloux.node.security.Staff;

/** A staff member signed in to the web pages, with the CSRF token every form of the session carries. */
public record SignedIn(Staff staff, String csrfToken) {

    /** The staff member's username. */
    public String username() {
        return staff.username();
    }
}
