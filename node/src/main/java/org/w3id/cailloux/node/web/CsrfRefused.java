package org.w3id.cailloux.node.web;

/** A form was posted without the session's CSRF token: refused with 403, nothing changed. */
final class CsrfRefused extends RuntimeException {

    CsrfRefused() {
        super("CSRF token missing or wrong", null, false, false);
    }
}
