package org.w3id.cailloux.node.publishing.record;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Ids of an experiment's parts, e.g. {@code means-2}: their order and their form. */
final class PartIds {

    /** What a part id looks like: it becomes the fragment of the part's IRI. */
    static final Pattern ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._~-]{0,99}$");

    private static final Pattern NUMBERED = Pattern.compile("^(.*?)(\\d+)$");

    /** {@code means-2} before {@code means-10}; otherwise alphabetical. */
    static final Comparator<String> NATURAL_ORDER = (a, b) -> {
        Matcher ma = NUMBERED.matcher(a);
        Matcher mb = NUMBERED.matcher(b);
        if (ma.matches() && mb.matches() && ma.group(1).equals(mb.group(1))
                && ma.group(2).length() < 10 && mb.group(2).length() < 10) {
            int byNumber = Long.compare(Long.parseLong(ma.group(2)), Long.parseLong(mb.group(2)));
            if (byNumber != 0) {
                return byNumber;
            }
        }
        return a.compareTo(b);
    };

    private PartIds() {}
}
