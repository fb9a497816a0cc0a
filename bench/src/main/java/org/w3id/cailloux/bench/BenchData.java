package org.w3id.cailloux.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.cailloux.vocabulary.CX;

/**
 * The generated experiments written out: Turtle files for the node's bulk import, JSON forms for
 * one-by-one publishing, and one N-Quads file of everything (each experiment in its named graph,
 * the vocabulary in the node's vocabulary graph) for Fuseki.
 */
final class BenchData {

    private final List<Path> importFiles;
    private final List<String> singleJson;
    private final Path fusekiQuads;

    private BenchData(List<Path> importFiles, List<String> singleJson, Path fusekiQuads) {
        this.importFiles = importFiles;
        this.singleJson = singleJson;
        this.fusekiQuads = fusekiQuads;
    }

    /** Writes the files of {@code experiments} under {@code directory}: the first {@code imported} go to import files. */
    static BenchData write(List<ExperimentSpec> experiments, int imported, int batchSize, String base, Graph vocabulary,
                           Path directory) {
        ExperimentRdf rdf = new ExperimentRdf(base);
        ExperimentJsonForm json = new ExperimentJsonForm(base);
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            for (int from = 0; from < imported; from += batchSize) {
                Graph batch = GraphFactory.createGraphMem();
                batch.getPrefixMapping().setNsPrefixes(vocabulary.getPrefixMapping());
                for (ExperimentSpec spec : experiments.subList(from, Math.min(imported, from + batchSize))) {
                    rdf.graph(spec).find().forEachRemaining(batch::add);
                }
                Path file = directory.resolve(String.format("import-%03d.ttl", files.size() + 1));
                try (OutputStream out = Files.newOutputStream(file)) {
                    RDFDataMgr.write(out, batch, RDFFormat.TURTLE_BLOCKS);
                }
                files.add(file);
            }
            List<String> single = experiments.subList(imported, experiments.size()).stream().map(json::json).toList();
            Path quads = directory.resolve("fuseki.nq");
            try (OutputStream out = Files.newOutputStream(quads)) {
                StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
                stream.start();
                quads(vocabulary, NodeFactory.createURI(CX.ONTOLOGY), stream);
                for (ExperimentSpec spec : experiments) {
                    Node name = NodeFactory.createURI(rdf.iri(spec.slug()));
                    quads(rdf.graph(spec), name, stream);
                }
                stream.finish();
            }
            return new BenchData(List.copyOf(files), single, quads);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the benchmark data under " + directory, e);
        }
    }

    private static void quads(Graph graph, Node name, StreamRDF stream) {
        graph.find().forEachRemaining(t -> stream.quad(Quad.create(name, t)));
    }

    /** Turtle files of the bulk import, in order. */
    List<Path> importFiles() {
        return importFiles;
    }

    /** JSON forms of the experiments published one by one. */
    List<String> singleJson() {
        return singleJson;
    }

    /** Every experiment and the vocabulary, as quads, for Fuseki. */
    Path fusekiQuads() {
        return fusekiQuads;
    }
}
