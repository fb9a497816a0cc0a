package org.w3id.cailloux.node.publishing.record;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.jsonld.JenaToTitanium;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * Compact JSON-LD of a record with the node's context ({@value #CONTEXT_RESOURCE}, served at
 * {@code /context.jsonld}). Jena 6 compacts only with a context made of the prefixes, so this goes
 * to Titanium (which Jena uses) directly: RDF to expanded JSON-LD, then compaction with the context.
 * The context is written inline, so that any client reads the document offline; it is the very
 * {@code @context} of the published file.
 */
public final class RecordJsonLd {

    /** The class-path resource of the context document. */
    public static final String CONTEXT_RESOURCE = "/publishing/context.jsonld";

    private static final String CONTEXT_TEXT = load();
    private static final JsonObject CONTEXT = Json.createReader(new StringReader(CONTEXT_TEXT)).readObject();

    private RecordJsonLd() {}

    /** The context document, as published at {@code /context.jsonld}. */
    public static String contextDocument() {
        return CONTEXT_TEXT;
    }

    /** The graph (a record, or any graph) as compact, indented JSON-LD with the context inline. */
    public static String write(Graph graph) {
        try {
            JsonLdOptions options = new JsonLdOptions();
            options.setOrdered(true);
            JsonArray expanded = (JsonArray) sorted(JenaToTitanium.convert(DatasetGraphFactory.wrap(graph), options));
            JsonObject compact = JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(CONTEXT))
                    .ordered(true).get();
            StringWriter out = new StringWriter();
            try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createWriter(out)) {
                writer.write(compact);
            }
            return out.toString().strip() + "\n";
        } catch (JsonLdError e) {
            throw new IllegalStateException("Cannot write the record as JSON-LD", e);
        }
    }

    /** A record as compact JSON-LD. */
    public static String write(ExperimentRecord record) {
        return write(record.graph());
    }

    /**
     * The expanded document with every array sorted: values come out of Titanium in the order the
     * graph gives its triples, which varies, and expanded arrays (no {@code @list} here) are sets.
     */
    private static JsonValue sorted(JsonValue value) {
        if (value instanceof JsonArray array) {
            JsonArrayBuilder builder = Json.createArrayBuilder();
            array.stream().map(RecordJsonLd::sorted)
                    .sorted(Comparator.comparing(JsonValue::toString))
                    .forEach(builder::add);
            return builder.build();
        }
        if (value instanceof JsonObject object) {
            JsonObjectBuilder builder = Json.createObjectBuilder();
            object.forEach((key, member) -> builder.add(key, "@list".equals(key) ? member : sorted(member)));
            return builder.build();
        }
        return value;
    }

    private static String load() {
        try (InputStream in = RecordJsonLd.class.getResourceAsStream(CONTEXT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + CONTEXT_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
