package org.w3id.cailloux.node.publishing;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.riot.RDFDataMgr;
import org.w3id.cailloux.node.publishing.record.ExperimentJson;
import org.w3id.cailloux.node.publishing.record.ExperimentRecord;
import org.w3id.cailloux.node.publishing.record.RecordJsonLd;
import org.w3id.cailloux.node.rdf.RdfFormat;

/** Writes one experiment as its JSON form or in an RDF format (JSON-LD compacted with the published {@code /context.jsonld}). */
@Singleton
public class RecordWriter {

    private final JsonMapper json;

    RecordWriter(JsonMapper json) {
        this.json = json;
    }

    /** The record in {@code mediaType}, one of {@link RecordFormats#ALL}. */
    public byte[] write(ExperimentRecord record, String mediaType) {
        if (RecordFormats.JSON.equals(mediaType)) {
            try {
                return json.writeValueAsBytes(ExperimentJson.toJson(record));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (RdfFormat.JSON_LD.mediaType().equals(mediaType)) {
            return RecordJsonLd.write(record).getBytes(StandardCharsets.UTF_8);
        }
        RdfFormat format = RdfFormat.ofMediaType(mediaType).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, record.graph(), format.writeFormat());
        return out.toByteArray();
    }
}
