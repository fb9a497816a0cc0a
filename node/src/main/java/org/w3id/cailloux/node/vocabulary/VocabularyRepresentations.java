package org.w3id.cailloux.node.vocabulary;

import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.util.EnumMap;
import java.util.Map;
import org.apache.jena.riot.RDFDataMgr;
import org.w3id.cailloux.node.rdf.RdfFormat;
import org.w3id.cailloux.vocabulary.TransitionVocabulary;

/** The vocabulary serialised once in every RDF format, since it never changes while the node runs. */
@Singleton
public class VocabularyRepresentations {

    private final Map<RdfFormat, byte[]> bytes = new EnumMap<>(RdfFormat.class);

    VocabularyRepresentations(TransitionVocabulary vocabulary) {
        for (RdfFormat format : RdfFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, vocabulary.model(), format.writeFormat());
            bytes.put(format, out.toByteArray());
        }
    }

    /** The vocabulary in this format. */
    public byte[] in(RdfFormat format) {
        return bytes.get(format);
    }
}
