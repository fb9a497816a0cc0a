package org.w3id.cailloux.node.rdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Picks the representation to send from an {@code Accept} header (RFC 9110, section 12.5.1):
 * highest quality first, the more specific range first at equal quality, and the server's order
 * of preference among offers that tie.
 */
public final class ContentNegotiation {

    private ContentNegotiation() {}

    /** The best of {@code offered} (in the server's preference order) for the header, or empty for a 406. */
    public static Optional<String> choose(String acceptHeader, List<String> offered) {
        if (acceptHeader == null || acceptHeader.isBlank()) {
            return offered.stream().findFirst();
        }
        List<Range> ranges = parse(acceptHeader);
        String best = null;
        double bestQuality = 0;
        for (String offer : offered) {
            double quality = quality(offer, ranges);
            if (quality > bestQuality) {
                best = offer;
                bestQuality = quality;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double quality(String offer, List<Range> ranges) {
        return ranges.stream()
                .filter(r -> r.matches(offer))
                .max(Comparator.comparingInt(Range::specificity))
                .map(Range::quality)
                .orElse(0.0);
    }

    private static List<Range> parse(String header) {
        List<Range> ranges = new ArrayList<>();
        for (String part : header.split(",")) {
            String[] pieces = part.split(";");
            String type = pieces[0].strip().toLowerCase();
            if (type.isEmpty()) {
                continue;
            }
            double quality = 1.0;
            for (int i = 1; i < pieces.length; i++) {
                String param = pieces[i].strip();
                if (param.startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(param.substring(2));
                    } catch (NumberFormatException e) {
                        quality = 0;
                    }
                }
            }
            ranges.add(new Range(type, quality));
        }
        return ranges;
    }

    private record Range(String type, double quality) {
        boolean matches(String offer) {
            if (type.equals("*/*")) {
                return true;
            }
            if (type.endsWith("/*")) {
                return offer.startsWith(type.substring(0, type.length() - 1));
            }
            return type.equals(offer);
        }

        int specificity() {
            return type.equals("*/*") ? 0 : type.endsWith("/*") ? 1 : 2;
        }
    }
}
