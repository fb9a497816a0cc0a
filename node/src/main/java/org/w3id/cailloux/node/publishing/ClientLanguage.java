package org.w3id.cailloux.node.publishing;

import java.util.Locale;

/** The language of messages for a request: English when {@code Accept-Language} prefers it, French otherwise. */
public final class ClientLanguage {

    private ClientLanguage() {}

    /** {@code "en"} or {@code "fr"} for this {@code Accept-Language} header (may be null). */
    public static String of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return "fr";
        }
        String best = "fr";
        double bestQuality = -1;
        for (String part : acceptLanguage.split(",")) {
            String[] pieces = part.strip().split(";");
            String tag = pieces[0].strip().toLowerCase(Locale.ROOT);
            double quality = 1;
            for (int i = 1; i < pieces.length; i++) {
                if (pieces[i].strip().startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(pieces[i].strip().substring(2));
                    } catch (NumberFormatException e) {
                        quality = 0;
                    }
                }
            }
            String language = tag.startsWith("en") ? "en" : tag.startsWith("fr") ? "fr" : null;
            if (language != null && quality > bestQuality) {
                best = language;
                bestQuality = quality;
            }
        }
        return best;
    }
}
