package org.w3id.cailloux.node.linkeddata;

/**
 * A browser asked for something not published: answered with a 404 HTML page by {@link NotFoundPage},
 * where an RDF client gets a problem document. Thrown rather than returned because Micronaut hands every
 * 404 a controller returns to the global 404 handler, which writes problem+json.
 */
final class PageNotFoundException extends RuntimeException {

    private final String titleFr;
    private final String titleEn;
    private final String messageEn;

    PageNotFoundException(String titleFr, String titleEn, String messageFr, String messageEn) {
        super(messageFr, null, false, false);
        this.titleFr = titleFr;
        this.titleEn = titleEn;
        this.messageEn = messageEn;
    }

    String titleFr() {
        return titleFr;
    }

    String titleEn() {
        return titleEn;
    }

    String messageFr() {
        return getMessage();
    }

    String messageEn() {
        return messageEn;
    }
}
