package org.w3id.cailloux.node.vocabulary;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A version number {@code major.minor.patch} as Semantic Versioning 2.0.0 orders them (no pre-release part). */
public record SemanticVersion(int major, int minor, int patch) implements Comparable<SemanticVersion> {

    private static final Pattern FORM = Pattern.compile("(0|[1-9]\\d{0,5})\\.(0|[1-9]\\d{0,5})\\.(0|[1-9]\\d{0,5})");

    /** The version written {@code text}; an IllegalArgumentException naming the expected form otherwise. */
    public static SemanticVersion parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("A version is three numbers major.minor.patch, e.g. 1.1.0; not " + text);
        }
        return new SemanticVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /** True when {@code text} is a version of this form. */
    public static boolean isValid(String text) {
        return text != null && FORM.matcher(text.strip()).matches();
    }

    /** How much a change set bumps a version. */
    public enum Bump { PATCH, MINOR, MAJOR }

    /** The next version after this one for a change of that size. */
    public SemanticVersion next(Bump bump) {
        return switch (bump) {
            case MAJOR -> new SemanticVersion(major + 1, 0, 0);
            case MINOR -> new SemanticVersion(major, minor + 1, 0);
            case PATCH -> new SemanticVersion(major, minor, patch + 1);
        };
    }

    /** The size of the step from this version to {@code later}; null when {@code later} is not later. */
    public Bump stepTo(SemanticVersion later) {
        if (later.compareTo(this) <= 0) {
            return null;
        }
        return later.major != major ? Bump.MAJOR : later.minor != minor ? Bump.MINOR : Bump.PATCH;
    }

    @Override
    public int compareTo(SemanticVersion o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        return c != 0 ? c : Integer.compare(patch, o.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
