package org.w3id.cailloux.node.vocabulary;

import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.riot.RDFDataMgr;
import org.w3id.cailloux.node.rdf.RdfFormat;
import org.w3id.cailloux.vocabulary.TransitionVocabulary;

/** The vocabulary in force serialised once in every RDF format, made again when another is put in force. */
@Singleton
public class VocabularyRepresentations {

    private final Supplier<Map<RdfFormat, byte[]>> bytes;

    VocabularyRepresentations(LiveVocabulary vocabulary) {
        this.bytes = vocabulary.derive(VocabularyRepresentations::serialise);
    }

    /** The vocabulary in this format. */
    public byte[] in(RdfFormat format) {
        return bytes.get().get(format);
    }

    /** A vocabulary in every format. */
    public static Map<RdfFormat, byte[]> serialise(TransitionVocabulary vocabulary) {
        Map<RdfFormat, byte[]> all = new EnumMap<>(RdfFormat.class);
        for (RdfFormat format : RdfFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, vocabulary.model(), format.writeFormat());
            all.put(format, out.toByteArray());
        }
        return all;
    }
}
