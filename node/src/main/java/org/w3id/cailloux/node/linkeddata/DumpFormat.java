package org.w3id.cailloux.node.linkeddata;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;

/** The formats of the dump of every published graph: quads, so that each record keeps its graph. */
enum DumpFormat {
    N_QUADS("application/n-quads", "nq", RDFFormat.NQUADS),
    TRIG("application/trig", "trig", RDFFormat.TRIG_BLOCKS);

    private final String mediaType;
    private final String extension;
    private final RDFFormat writeFormat;

    DumpFormat(String mediaType, String extension, RDFFormat writeFormat) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.writeFormat = writeFormat;
    }

    String mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }

    RDFFormat writeFormat() {
        return writeFormat;
    }

    static List<String> mediaTypes() {
        return Arrays.stream(values()).map(DumpFormat::mediaType).toList();
    }

    static Optional<DumpFormat> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(mediaType)).findFirst();
    }

    static Optional<DumpFormat> ofExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
    }
}
