package org.w3id.cailloux.node.web;

/** A staff page was asked for without a valid session: the answer is a redirect to the sign-in page. */
final class SignInRequired extends RuntimeException {

    private final String next;

    SignInRequired(String next) {
        super("sign-in required", null, false, false);
        this.next = next;
    }

    /** Where to go back after signing in. */
    String next() {
        return next;
    }
}
