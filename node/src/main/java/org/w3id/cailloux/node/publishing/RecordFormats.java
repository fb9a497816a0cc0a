package org.w3id.cailloux.node.publishing;

import java.util.ArrayList;
import java.util.List;
import org.w3id.cailloux.node.rdf.RdfFormat;

/** The media types the publishing API reads and writes for one experiment: its JSON form and the RDF formats. */
public final class RecordFormats {

    /** The JSON form (documented in docs/json-form.md). */
    public static final String JSON = "application/json";

    /** Every media type a record can be read from or written as, JSON first. */
    public static final List<String> ALL = all();

    private RecordFormats() {}

    private static List<String> all() {
        List<String> all = new ArrayList<>();
        all.add(JSON);
        all.addAll(RdfFormat.mediaTypes());
        return List.copyOf(all);
    }
}
