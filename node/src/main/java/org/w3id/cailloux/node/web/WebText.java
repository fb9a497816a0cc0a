package org.w3id.cailloux.node.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the staff pages write dates and states in French. */
public final class WebText {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm", Locale.FRENCH)
            .withZone(ZoneId.of("Europe/Paris"));

    private WebText() {}

    /** E.g. {@code 3 mars 2026 à 14:05} (Paris time). */
    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }

    /** The state of an experiment in words: brouillon, publiée, supprimée. */
    public static String state(String code) {
        return switch (code) {
            case "draft" -> "brouillon";
            case "published" -> "publiée";
            case "deleted" -> "supprimée";
            default -> code;
        };
    }
}
