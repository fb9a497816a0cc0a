package org.w3id.cailloux.node.vocabulary;

import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.riot.RDFDataMgr;
import org.w3id.cailloux.node.rdf.RdfFormat;

/** The vocabulary in force serialised once in every RDF format, made again when another is put in force. */
@Singleton
public class VocabularyRepresentations {

    private final Supplier<Map<RdfFormat, byte[]>> bytes;
    private final Supplier<String> tag;
    private final org.apache.jena.shared.PrefixMapping prefixes;

    VocabularyRepresentations(LiveVocabulary vocabulary) {
        // The shipped Turtle's prefixes: a vocabulary taken up from the hub arrives as N-Triples, which has none
        this.prefixes = org.apache.jena.shared.PrefixMapping.Factory.create()
                .setNsPrefixes(vocabulary.shipped().graph().getPrefixMapping()).lock();
        this.bytes = vocabulary.derive(v -> serialise(v.graph()));
        this.tag = vocabulary.derive(v -> digest(bytes.get().get(RdfFormat.N_TRIPLES)));
    }

    /** A short hash of the vocabulary in force, for entity tags. */
    public String tag() {
        return tag.get();
    }

    private static String digest(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content), 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The vocabulary in this format. */
    public byte[] in(RdfFormat format) {
        return bytes.get().get(format);
    }

    /** A vocabulary graph in one format, with the vocabulary's prefixes. */
    public byte[] serialise(org.apache.jena.graph.Graph graph, RdfFormat format) {
        org.apache.jena.rdf.model.Model model = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        graph.find().forEachRemaining(model.getGraph()::add);
        model.setNsPrefixes(prefixes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, format.writeFormat());
        return out.toByteArray();
    }

    private Map<RdfFormat, byte[]> serialise(org.apache.jena.graph.Graph graph) {
        Map<RdfFormat, byte[]> all = new EnumMap<>(RdfFormat.class);
        for (RdfFormat format : RdfFormat.values()) {
            all.put(format, serialise(graph, format));
        }
        return all;
    }
}
