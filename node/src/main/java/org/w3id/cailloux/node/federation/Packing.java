package org.w3id.cailloux.node.federation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Requests cut to fit a length: a node refuses a query longer than its {@code cailloux.sparql.max-query-length},
 * so what would be one request too long goes as several that fit, each asking part of the items.
 */
final class Packing {

    private Packing() {}

    /** Some of the items, and the text of the request that asks them. */
    record Part<T>(List<T> items, String text) {}

    /**
     * The items as one request when its {@code text} is at most {@code max} characters long (the usual case: the
     * text is built once); else the items' {@code pieces}, in order, in as few requests as fit. A piece too long even
     * alone is a request of its own (its node may still accept it: its limit is its own).
     */
    static <T> List<Part<T>> cut(List<T> items, Function<List<T>, List<T>> pieces, Function<List<T>, String> text, int max) {
        String whole = text.apply(items);
        if (whole.length() <= max) {
            return List.of(new Part<>(items, whole));
        }
        List<Part<T>> parts = new ArrayList<>();
        List<T> current = new ArrayList<>();
        String currentText = null;
        for (T piece : pieces.apply(items)) {
            current.add(piece);
            String grown = text.apply(current);
            if (current.size() > 1 && grown.length() > max) {
                current.removeLast();
                parts.add(new Part<>(current, currentText));
                current = new ArrayList<>(List.of(piece));
                grown = text.apply(current);
            }
            currentText = grown;
        }
        if (!current.isEmpty()) {
            parts.add(new Part<>(current, currentText));
        }
        return parts;
    }
}
