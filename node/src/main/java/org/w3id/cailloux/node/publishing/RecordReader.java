package org.w3id.cailloux.node.publishing;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.cailloux.node.NodeIdentity;
import org.w3id.cailloux.node.rdf.NestingDepth;
import org.w3id.cailloux.node.rdf.StrictErrorHandler;
import org.w3id.cailloux.node.publishing.problems.MalformedRecordProblem;
import org.w3id.cailloux.node.publishing.problems.UnsupportedFormatProblem;
import org.w3id.cailloux.node.publishing.record.ExperimentJson;
import org.w3id.cailloux.node.publishing.record.ExperimentRecord;
import org.w3id.cailloux.node.publishing.record.RecordExtractor;

/** Reads experiments from request bodies: the JSON form, or RDF in any format Jena reads, or CSV for imports. */
@Singleton
public class RecordReader {

    private final NodeIdentity identity;
    private final JsonMapper json;

    RecordReader(NodeIdentity identity, JsonMapper json) {
        this.identity = identity;
        this.json = json;
    }

    /** The one experiment of a POST or PUT body; {@code slugFromPath} is null for POST. */
    public ExperimentRecord one(String contentType, byte[] body, String slugFromPath) {
        String mediaType = bare(contentType);
        ExperimentRecord record;
        if (RecordFormats.JSON.equals(mediaType)) {
            Map<String, Object> form = readJson(body);
            String slug = slugFromPath != null ? slugFromPath : form.get("slug") instanceof String s ? s : null;
            if (slug == null) {
                throw new MalformedRecordProblem("The JSON form needs a \"slug\" (lowercase letters, digits and hyphens), e.g. \"la-manne\".");
            }
            record = fromForm(form, slug);
        } else {
            record = extractor().extract(parseRdf(mediaType, body)).single();
        }
        if (slugFromPath != null && !slugFromPath.equals(record.slug())) {
            throw new MalformedRecordProblem("The document describes the experiment '" + record.slug()
                    + "' but was sent to /api/experiments/" + slugFromPath + ".");
        }
        return record;
    }

    /** Every experiment of an import file. */
    public List<ExperimentRecord> many(String contentType, byte[] body) {
        String mediaType = bare(contentType);
        if ("text/csv".equals(mediaType)) {
            return CsvImport.read(body).stream().map(row -> fromForm(row, String.valueOf(row.get("slug")))).toList();
        }
        return extractor().extract(parseRdf(mediaType, body)).requireNothingElse();
    }

    private ExperimentRecord fromForm(Map<String, Object> form, String slug) {
        Map<String, Object> withTerritory = new LinkedHashMap<>(form);
        withTerritory.putIfAbsent("territory", identity.territoryIri());
        return ExperimentJson.fromJson(withTerritory, slug, identity.baseUri());
    }

    private RecordExtractor extractor() {
        return new RecordExtractor(identity.baseUri());
    }

    private Map<String, Object> readJson(byte[] body) {
        try {
            Map<String, Object> form = json.readValue(body, Argument.mapOf(String.class, Object.class));
            if (form == null) {
                throw new MalformedRecordProblem("The body is empty: send the experiment's JSON form.");
            }
            return form;
        } catch (IOException e) {
            throw new MalformedRecordProblem("The body is not valid JSON: " + JsonErrors.describe(e));
        }
    }

    private Graph parseRdf(String mediaType, byte[] body) {
        Lang lang = mediaType == null ? null : RDFLanguages.contentTypeToLang(mediaType);
        if (lang == null) {
            throw new UnsupportedFormatProblem("Content-Type " + mediaType + " is not read here; send "
                    + String.join(", ", RecordFormats.ALL) + (mediaType != null ? "" : " (the Content-Type header is missing)") + ".");
        }
        if (lang.equals(Lang.RDFXML) && new String(body, 0, Math.min(body.length, 4096), java.nio.charset.StandardCharsets.UTF_8).contains("<!DOCTYPE")) {
            // Entity declarations are how XML bombs and external-entity reads come in; RDF/XML does not need them
            throw new MalformedRecordProblem("RDF/XML with a <!DOCTYPE> is refused: entity declarations are not accepted here; expand them and send the document again.");
        }
        if (NestingDepth.tooDeep(body, lang)) {
            throw new MalformedRecordProblem("The " + lang.getLabel() + " document is nested more than " + NestingDepth.MAX
                    + " levels deep (brackets inside brackets); an experiment's record needs a few: send it flatter.");
        }
        try {
            if (RDFLanguages.isQuads(lang)) {
                DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
                RDFParser.source(new ByteArrayInputStream(body)).lang(lang).base(identity.baseUri()).errorHandler(StrictErrorHandler.INSTANCE).parse(dataset);
                Graph merged = GraphFactory.createDefaultGraph();
                dataset.find().forEachRemaining(q -> merged.add(q.asTriple()));
                return merged;
            }
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(body)).lang(lang).base(identity.baseUri()).errorHandler(StrictErrorHandler.INSTANCE).parse(graph);
            return graph;
        } catch (RiotException e) {
            throw new MalformedRecordProblem("The " + lang.getLabel() + " document could not be read: " + e.getMessage());
        }
    }

    private static String bare(String contentType) {
        return contentType == null ? null : contentType.split(";")[0].strip().toLowerCase();
    }
}
