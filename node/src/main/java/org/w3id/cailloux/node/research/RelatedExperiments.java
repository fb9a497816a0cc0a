package org.w3id.cailloux.node.research;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cailloux.node.peers.Peer;
import org.w3id.cailloux.node.peers.PeerRegistry;
import org.w3id.cailloux.node.research.ConceptLabels.Concept;
import org.w3id.cailloux.vocabulary.CX;

/**
 * Experiments of other cities that share a device or a theme with one of this node's, found over the network
 * with one query for those concepts only (not the whole network's catalogue, which a page view cannot afford
 * once the network holds thousands of experiments).
 */
@Singleton
public class RelatedExperiments {

    /** The most related experiments a page shows; the others are counted. */
    static final int SHOWN = 20;

    private static final Logger LOG = LoggerFactory.getLogger(RelatedExperiments.class);

    /** One peer's part: its experiments with any of the concepts; a GRAPH per peer, so this node's own data is not read. */
    private static final String PEER_PART = """
              { GRAPH <%1$s> {
                  VALUES (?p ?c) { %2$s }
                  ?e ?p ?c ; a cx:Experiment ; dct:title ?title . FILTER(lang(?title) = "fr")
                }
                BIND(<%1$s> AS ?city) }""";

    private final NetworkQueries queries;
    private final NetworkCatalogue catalogue;
    private final ConceptLabels labels;
    private final PeerRegistry peers;

    RelatedExperiments(NetworkQueries queries, NetworkCatalogue catalogue, ConceptLabels labels, PeerRegistry peers) {
        this.queries = queries;
        this.catalogue = catalogue;
        this.labels = labels;
        this.peers = peers;
    }

    /** Another city's experiment and what it shares with this one: devices first, then themes. */
    public record Related(String iri, String title, String city, String cityName, List<Concept> devices, List<Concept> themes) {}

    /**
     * What the experiment page shows: the {@link #SHOWN} most related experiments (most shared devices, then
     * themes), how many others share something, and whether asking the network failed.
     */
    public record Answer(List<Related> related, int others, boolean failed) {}

    /** Related experiments of this node's experiment {@code iri}, described by {@code record}; never fails the page. */
    public Answer of(String iri, Graph record) {
        Node experiment = NodeFactory.createURI(iri);
        List<Node> devices = objects(record, experiment, CX.device.asNode());
        List<Node> themes = objects(record, experiment, CX.theme.asNode());
        List<Peer> others = peers.peers();
        if ((devices.isEmpty() && themes.isEmpty()) || others.isEmpty()) {
            return new Answer(List.of(), 0, false);
        }
        try {
            String values = devices.stream().map(d -> "(cx:device <" + d.getURI() + ">)").collect(Collectors.joining(" "))
                    + " " + themes.stream().map(t -> "(cx:theme <" + t.getURI() + ">)").collect(Collectors.joining(" "));
            String query = NetworkCatalogue.PREFIXES + "SELECT ?city ?e ?title ?p ?c WHERE {\n"
                    + others.stream().map(peer -> PEER_PART.formatted(peer.nodeIri(), values)).collect(Collectors.joining("\n  UNION\n"))
                    + "\n}";
            NetworkQueries.Rows rows = queries.selectAll(query);
            Map<String, String> cityNames = catalogue.cityNames();
            Map<String, Concept> concepts = labels.all();
            Map<String, Shared> byExperiment = new LinkedHashMap<>();
            for (Map<String, String> row : rows.rows()) {
                Shared shared = byExperiment.computeIfAbsent(row.get("city") + ' ' + row.get("e"),
                        k -> new Shared(row.get("e"), row.get("title"), row.get("city")));
                (row.get("p").equals(CX.device.getURI()) ? shared.devices : shared.themes).add(row.get("c"));
            }
            List<Related> related = byExperiment.values().stream()
                    .map(s -> new Related(s.iri, s.title, s.city, cityNames.getOrDefault(s.city, s.city),
                            labelled(s.devices, concepts), labelled(s.themes, concepts)))
                    .sorted(Comparator.comparingInt((Related r) -> -r.devices().size())
                            .thenComparingInt(r -> -r.themes().size())
                            .thenComparing(Related::cityName, String.CASE_INSENSITIVE_ORDER)
                            .thenComparing(Related::title, String.CASE_INSENSITIVE_ORDER))
                    .toList();
            // No row and a city that did not answer: say the network could not be asked, not that nothing is related
            return new Answer(related.subList(0, Math.min(SHOWN, related.size())), Math.max(0, related.size() - SHOWN),
                    related.isEmpty() && !rows.failed().isEmpty());
        } catch (RuntimeException e) {
            LOG.warn("Related experiments of {} could not be read from the network: {}", iri, e.getMessage());
            return new Answer(List.of(), 0, true);
        }
    }

    /** One experiment's concepts in common, as the rows name them. */
    private static final class Shared {
        private final String iri;
        private final String title;
        private final String city;
        private final TreeSet<String> devices = new TreeSet<>();
        private final TreeSet<String> themes = new TreeSet<>();

        private Shared(String iri, String title, String city) {
            this.iri = iri;
            this.title = title;
            this.city = city;
        }
    }

    private static List<Node> objects(Graph record, Node subject, Node property) {
        return record.find(subject, property, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isURI).toList();
    }

    private static List<Concept> labelled(TreeSet<String> iris, Map<String, Concept> concepts) {
        List<Concept> list = new ArrayList<>();
        iris.forEach(c -> list.add(concepts.getOrDefault(c, Concept.unknown(c))));
        list.sort(Comparator.comparing(Concept::fr));
        return list;
    }
}
