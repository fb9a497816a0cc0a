package org.w3id.cailloux.node.curation.usage;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.cailloux.node.NodeIdentity;
import org.w3id.cailloux.node.peers.PeerRegistry;
import org.w3id.cailloux.node.research.NetworkQueries;

/**
 * How many experiments use a concept, per city, asked live across the network ({@code /federation/sparql}): an
 * experiment uses a concept when it or one of its parts ({@code #means-1}…) has it as a value. One query per concept
 * page, answered by every node at once.
 */
@Singleton
public class ConceptUsage {

    /** Experiments that use the concept: an IRI and its French title. */
    public record ExperimentLink(String iri, String title) {}

    /** One city's use of a concept. */
    public record CityUse(String node, String city, long experiments, List<ExperimentLink> links) {}

    /** A concept's use across the network; {@code failed} names the nodes that did not answer (their use is missing). */
    public record Usage(String concept, long total, List<CityUse> cities, Set<String> failed) {}

    /** Every concept's use per city, for the usage report; {@code failed} as above. */
    public record Report(Map<String, Map<String, Long>> byConcept, Set<String> failed) {

        /** The total use of a concept across the network. */
        public long total(String concept) {
            return byConcept.getOrDefault(concept, Map.of()).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The pattern of an experiment {@code ?e} using {@code ?c} itself or through one of its parts, inside {@code GRAPH ?city}. */
    static final String USES = "?e a cx:Experiment . { ?e ?p ?c } UNION { ?e ?part ?s . ?s ?p ?c . FILTER(STRSTARTS(STR(?s), CONCAT(STR(?e), \"#\"))) }";
    private static final String PREFIXES = "PREFIX cx: <https://w3id.org/cailloux/ns#>\nPREFIX dct: <http://purl.org/dc/terms/>\n";
    private static final int LINKS_PER_CITY = 20;

    private final NetworkQueries network;
    private final PeerRegistry peers;
    private final NodeIdentity identity;

    ConceptUsage(NetworkQueries network, PeerRegistry peers, NodeIdentity identity) {
        this.network = network;
        this.peers = peers;
        this.identity = identity;
    }

    /** The query for one concept's use per city, with each city's experiments (IRI and French title). */
    public static String query(String concept) {
        return PREFIXES + "SELECT ?city (COUNT(DISTINCT ?e) AS ?n) (GROUP_CONCAT(DISTINCT CONCAT(STR(?e), \" \", STR(?t)); separator=\"\\n\") AS ?list)\n"
                + "WHERE { GRAPH ?city { " + USES.replace("?c", "<" + concept + ">")
                + " ?e dct:title ?t . FILTER(lang(?t) = \"fr\") } }\nGROUP BY ?city";
    }

    /** A concept's use across the network, cities in decreasing order of use. */
    public Usage of(String concept) {
        NetworkQueries.Rows rows = network.select(query(concept));
        Map<String, String> cities = cityNames();
        List<CityUse> uses = new ArrayList<>();
        long total = 0;
        for (Map<String, String> row : rows.rows()) {
            long n = Long.parseLong(row.getOrDefault("n", "0"));
            total += n;
            List<ExperimentLink> links = new ArrayList<>();
            for (String line : row.getOrDefault("list", "").split("\n")) {
                int space = line.indexOf(' ');
                if (space > 0) {
                    links.add(new ExperimentLink(line.substring(0, space), line.substring(space + 1)));
                }
            }
            links.sort(Comparator.comparing(ExperimentLink::title));
            String node = row.get("city");
            uses.add(new CityUse(node, cities.getOrDefault(node, node), n, List.copyOf(links.subList(0, Math.min(LINKS_PER_CITY, links.size())))));
        }
        uses.sort(Comparator.comparing(CityUse::experiments).reversed().thenComparing(CityUse::node));
        return new Usage(concept, total, List.copyOf(uses), rows.failed());
    }

    /** Every vocabulary concept's use per city (node IRI → experiments), in one query to the network. */
    public Report report() {
        NetworkQueries.Rows rows = network.selectAll(PREFIXES + "SELECT ?c ?city (COUNT(DISTINCT ?e) AS ?n)\nWHERE { GRAPH ?city { " + USES
                + " FILTER(isIRI(?c) && STRSTARTS(STR(?c), \"https://w3id.org/cailloux/scheme/\")) } }\nGROUP BY ?c ?city");
        Map<String, Map<String, Long>> byConcept = new HashMap<>();
        for (Map<String, String> row : rows.rows()) {
            byConcept.computeIfAbsent(row.get("c"), c -> new LinkedHashMap<>()).put(row.get("city"), Long.parseLong(row.get("n")));
        }
        return new Report(byConcept, rows.failed());
    }

    /** The cities' names by node IRI: this node's and its peers'. */
    public Map<String, String> cityNames() {
        Map<String, String> names = new HashMap<>();
        names.put(identity.nodeIri(), identity.city());
        peers.peers().forEach(p -> names.put(p.nodeIri(), peers.facts(p).city() != null ? peers.facts(p).city() : p.name()));
        return names;
    }
}
