package org.w3id.cailloux.node.rdf;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/**
 * How deep the brackets of a Turtle, TriG or JSON-LD document nest, read as text before any parser sees it. Jena's
 * Turtle and JSON-LD parsers recurse once per level with no limit of their own, so fifty thousand nested
 * collections end in a StackOverflowError; Jackson's nesting limit does not reach them (JSON-LD is read by Titanium
 * over Jakarta JSON). Written here because neither parser takes a depth limit.
 */
public final class NestingDepth {

    /** The deepest nesting a document may have: an experiment's record needs fewer than ten levels. */
    public static final int MAX = 100;

    private NestingDepth() {}

    /** True when the document nests brackets deeper than {@link #MAX}; N-Triples, N-Quads and RDF/XML are not measured. */
    public static boolean tooDeep(byte[] body, Lang lang) {
        if (RDFLanguages.sameLang(lang, Lang.JSONLD)) {
            return json(body) > MAX;
        }
        if (RDFLanguages.sameLang(lang, Lang.TURTLE) || RDFLanguages.sameLang(lang, Lang.TRIG)) {
            return turtle(body) > MAX;
        }
        return false;
    }

    /** The deepest nesting of {@code [} and {@code {} outside JSON strings. */
    static int json(byte[] body) {
        int depth = 0;
        int max = 0;
        boolean inString = false;
        for (int i = 0; i < body.length; i++) {
            byte b = body[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                max = Math.max(max, ++depth);
            } else if (b == ']' || b == '}') {
                depth--;
            }
        }
        return max;
    }

    /** The deepest nesting of {@code [ ( {} outside IRIs, strings (short and long) and comments. */
    static int turtle(byte[] body) {
        int depth = 0;
        int max = 0;
        int i = 0;
        while (i < body.length) {
            byte b = body[i];
            if (b == '#') {
                while (i < body.length && body[i] != '\n') {
                    i++;
                }
            } else if (b == '<') {
                while (i < body.length && body[i] != '>') {
                    i++;
                }
            } else if (b == '"' || b == '\'') {
                i = afterString(body, i, b);
                continue;
            } else if (b == '[' || b == '(' || b == '{') {
                max = Math.max(max, ++depth);
            } else if (b == ']' || b == ')' || b == '}') {
                depth--;
            }
            i++;
        }
        return max;
    }

    /** The index just after the string that starts at {@code start} with {@code quote} (tripled for a long string). */
    private static int afterString(byte[] body, int start, byte quote) {
        boolean isLong = start + 2 < body.length && body[start + 1] == quote && body[start + 2] == quote;
        int i = start + (isLong ? 3 : 1);
        while (i < body.length) {
            if (body[i] == '\\') {
                i += 2;
            } else if (body[i] == quote && (!isLong || (i + 2 < body.length && body[i + 1] == quote && body[i + 2] == quote))) {
                return i + (isLong ? 3 : 1);
            } else {
                i++;
            }
        }
        return i;
    }
}
