package org.w3id.cailloux.node.linkeddata;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cailloux.node.NodeIdentity;
import org.w3id.cailloux.node.index.QueryIndex;
import org.w3id.cailloux.node.web.Paging;
import org.w3id.cailloux.vocabulary.CX;

/**
 * What the node publishes, read from the query index: an experiment's named graph, the territory's
 * graph, the list of published experiments, and the vocabulary's labels for the concepts they use.
 * Every result is a copy taken inside one read transaction, safe to use after it.
 */
@Singleton
public class PublishedData {

    /** The slugs the node mints; anything else cannot name a published experiment. */
    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,199}");

    private final QueryIndex index;
    private final NodeIdentity identity;

    PublishedData(QueryIndex index, NodeIdentity identity) {
        this.index = index;
        this.identity = identity;
    }

    /** One published experiment, for lists. */
    public record ExperimentSummary(String iri, String slug, String titleFr, String titleEn) {}

    /** The named graph of the published experiment with this slug, or empty when it is not published. */
    public Optional<Graph> experiment(String slug) {
        if (!SLUG.matcher(slug).matches()) {
            return Optional.empty();
        }
        return graph(NodeFactory.createURI(identity.experimentIri(slug)));
    }

    /** The French title of the experiment this node publishes at {@code iri}, or null when it publishes none there. */
    public String titleFr(String iri) {
        if (!iri.startsWith(identity.experimentIri(""))) {
            return null;
        }
        Node name = NodeFactory.createURI(iri);
        return Txn.calculateRead(index.dataset(), () -> {
            String title = Literals.text(index.dataset().getGraph(name), name, DCTerms.title.asNode(), "fr");
            return title.isEmpty() ? null : title;
        });
    }

    /** The territory's graph, or empty when the node has not published it yet. */
    public Optional<Graph> territory() {
        return graph(NodeFactory.createURI(identity.territoryIri()));
    }

    /** Experiments on one page of the index: thousands in one page would be megabytes of HTML. */
    public static final int INDEX_PAGE_SIZE = 100;

    /**
     * One page of the published experiments by French title: {@code page} from 1, {@code pages} at least 1,
     * {@code total} counting every page.
     */
    public record ExperimentIndex(List<ExperimentSummary> experiments, int total, int page, int pages) {}

    /** Page {@code page} (from 1; a page past the last gives the last) of {@code size} published experiments, by title. */
    public ExperimentIndex experiments(int page, int size) {
        List<ExperimentSummary> all = experiments();
        Paging paging = Paging.of(all.size(), page, size);
        return new ExperimentIndex(List.copyOf(all.subList(paging.from(), paging.to())), all.size(), paging.page(), paging.pages());
    }

    /**
     * Every published experiment (a named graph under {@code <base>experiments/} typed cx:Experiment), by title;
     * read with two scans of the index (types, then titles) rather than a look-up per graph.
     */
    public List<ExperimentSummary> experiments() {
        String prefix = identity.experimentIri("");
        return Txn.calculateRead(index.dataset(), () -> {
            DatasetGraph dataset = index.dataset();
            Map<Node, List<Node>> titles = new HashMap<>();
            dataset.find(Node.ANY, Node.ANY, RDF.type.asNode(), CX.Experiment.asNode()).forEachRemaining(q -> {
                if (q.getGraph().equals(q.getSubject()) && q.getSubject().isURI() && q.getSubject().getURI().startsWith(prefix)) {
                    titles.put(q.getSubject(), new ArrayList<>(2));
                }
            });
            dataset.find(Node.ANY, Node.ANY, DCTerms.title.asNode(), Node.ANY).forEachRemaining(q -> {
                List<Node> own = titles.get(q.getSubject());
                if (own != null && q.getGraph().equals(q.getSubject())) {
                    own.add(q.getObject());
                }
            });
            List<ExperimentSummary> list = new ArrayList<>(titles.size());
            titles.forEach((name, literals) -> list.add(new ExperimentSummary(name.getURI(), name.getURI().substring(prefix.length()),
                    Literals.text(literals, "fr"), Literals.text(literals, "en"))));
            list.sort(Comparator.comparing(ExperimentSummary::titleFr, String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(ExperimentSummary::slug));
            return list;
        });
    }

    /** The vocabulary's French and English labels of every IRI used as an object in {@code graph}. */
    public Map<String, ConceptLabel> labelsOfObjects(Graph graph) {
        return Txn.calculateRead(index.dataset(), () -> {
            Graph vocabulary = index.dataset().getGraph(QueryIndex.VOCABULARY_GRAPH);
            Map<String, ConceptLabel> labels = new HashMap<>();
            graph.find().forEachRemaining(t -> {
                Node o = t.getObject();
                if (o.isURI() && !labels.containsKey(o.getURI()) && vocabulary.contains(o, SKOS.prefLabel.asNode(), Node.ANY)) {
                    labels.put(o.getURI(), new ConceptLabel(o.getURI(),
                            Literals.text(vocabulary, o, SKOS.prefLabel.asNode(), "fr"),
                            Literals.text(vocabulary, o, SKOS.prefLabel.asNode(), "en")));
                }
            });
            return labels;
        });
    }

    /** Every published graph (all named graphs but the vocabulary's), copied, for a dump. */
    public DatasetGraph allPublished() {
        return Txn.calculateRead(index.dataset(), () -> {
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            index.dataset().find().forEachRemaining(q -> {
                if (!q.getGraph().equals(QueryIndex.VOCABULARY_GRAPH)) {
                    copy.add(q);
                }
            });
            return copy;
        });
    }

    private Optional<Graph> graph(Node name) {
        return Txn.calculateRead(index.dataset(), () -> {
            if (!index.dataset().containsGraph(name)) {
                return Optional.empty();
            }
            Graph copy = GraphFactory.createDefaultGraph();
            index.dataset().getGraph(name).find().forEachRemaining((Triple t) -> copy.add(t));
            return copy.isEmpty() ? Optional.empty() : Optional.of(copy);
        });
    }
}
