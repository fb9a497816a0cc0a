package org.w3id.cailloux.node.research;

import jakarta.inject.Singleton;
import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.w3id.cailloux.node.NodeIdentity;
import org.w3id.cailloux.node.index.QueryIndex;
import org.w3id.cailloux.node.peers.Peer;
import org.w3id.cailloux.node.peers.PeerRegistry;

/**
 * Every experiment of the network with what the search and comparison pages filter on, read through
 * {@link NetworkQueries} with four SELECTs (experiments, their concepts, their texts, the cities' names), each
 * a row per experiment (or city), so that any federation engine answers them. Each experiment names its city.
 */
@Singleton
public class NetworkCatalogue {

    static final String PREFIXES = """
            PREFIX cx:     <https://w3id.org/cailloux/ns#>
            PREFIX dct:    <http://purl.org/dc/terms/>
            PREFIX schema: <http://schema.org/>
            PREFIX adms:   <http://www.w3.org/ns/adms#>
            """;

    static final String EXPERIMENTS = PREFIXES + """
            SELECT ?city ?e ?title ?titleEn ?summary ?start WHERE {
              GRAPH ?city {
                ?e a cx:Experiment ; dct:title ?title . FILTER(lang(?title) = "fr")
                OPTIONAL { ?e dct:title ?titleEn . FILTER(lang(?titleEn) = "en") }
                OPTIONAL { ?e dct:abstract ?summary . FILTER(lang(?summary) = "fr") }
                OPTIONAL { ?e schema:startDate ?start }
              }
            }""";

    // One row per experiment (its concepts and texts grouped): a row per concept or text went past the
    // endpoint's result limit at a few thousand experiments, and every row is a cost of the answer
    static final String CONCEPTS = PREFIXES + """
            SELECT ?city ?e (GROUP_CONCAT(CONCAT(STR(?p), " ", STR(?c)); separator="\\n") AS ?concepts) WHERE {
              GRAPH ?city {
                VALUES ?p { cx:theme cx:pillar cx:device cx:participationLevel adms:status }
                ?e a cx:Experiment ; ?p ?c .
              }
            } GROUP BY ?city ?e""";

    static final String TEXTS = PREFIXES + """
            SELECT ?city ?e (GROUP_CONCAT(?text; separator=" ") AS ?texts) WHERE {
              GRAPH ?city {
                ?e a cx:Experiment ; cx:narrative ?n .
                ?n schema:text|dct:title ?text .
              }
            } GROUP BY ?city ?e""";

    static final String CITIES = PREFIXES + """
            SELECT ?city ?name WHERE {
              GRAPH ?city { ?territory a cx:Territory ; schema:name ?name . }
            }""";

    private final NetworkQueries queries;
    private final NodeIdentity identity;
    private final PeerRegistry peers;
    private final QueryIndex index;
    private final PeerDataVersions versions;
    private Kept kept;

    NetworkCatalogue(NetworkQueries queries, NodeIdentity identity, PeerRegistry peers, QueryIndex index,
                     PeerDataVersions versions) {
        this.queries = queries;
        this.identity = identity;
        this.peers = peers;
        this.index = index;
        this.versions = versions;
    }

    /** A snapshot, for this node's data at {@code watermark}, these peers' data at these tags, and these names known of them. */
    private record Kept(Snapshot snapshot, long watermark, List<Peer> peers, Map<String, String> names, Map<String, String> tags) {}

    /**
     * The network's experiments at one moment, and the names of the cities whose node did not answer (their
     * experiments are missing, or only partly described).
     */
    public record Snapshot(List<NetworkExperiment> experiments, List<String> unanswered) {}

    /** Every experiment of the network, by city name then title. */
    public List<NetworkExperiment> experiments() {
        return snapshot().experiments();
    }

    /**
     * Every experiment of the network, and which cities did not answer. A complete snapshot is kept while
     * this node's data and every peer's are as they were when it was read (the peers' by the entity tag of
     * their VoID description, asked with a conditional request, one per peer): reading the whole network's
     * catalogue on every view of a search page takes seconds once it holds thousands of experiments.
     */
    public synchronized Snapshot snapshot() {
        long watermark = index.watermark();
        List<Peer> now = peers.peers();
        // A peer's name comes from its status, learnt in the background: a name learnt since is a reason to read again
        Map<String, String> names = knownNames(now);
        if (kept != null && kept.watermark() == watermark && kept.peers().equals(now) && kept.names().equals(names)
                && versions.unchanged(now, kept.tags())) {
            return kept.snapshot();
        }
        // The tags are read before the data: a change in between makes the next view read the data again
        Map<String, String> tags = versions.current(now);
        Snapshot snapshot = read();
        kept = snapshot.unanswered().isEmpty() && !tags.containsValue(null) ? new Kept(snapshot, watermark, now, names, tags) : null;
        return snapshot;
    }

    private Snapshot read() {
        Set<String> failed = new LinkedHashSet<>();
        Map<String, String> names = cityNames(failed);
        Map<String, Map<String, Set<String>>> concepts = new HashMap<>();
        NetworkQueries.Rows conceptRows = queries.selectAll(CONCEPTS);
        failed.addAll(conceptRows.failed());
        for (Map<String, String> row : conceptRows.rows()) {
            Map<String, Set<String>> byProperty = concepts.computeIfAbsent(key(row), k -> new HashMap<>());
            for (String pair : row.getOrDefault("concepts", "").split("\n")) {
                int space = pair.indexOf(' ');
                if (space > 0) {
                    byProperty.computeIfAbsent(pair.substring(0, space), k -> new TreeSet<>()).add(pair.substring(space + 1));
                }
            }
        }
        Map<String, StringBuilder> texts = new HashMap<>();
        NetworkQueries.Rows textRows = queries.selectAll(TEXTS);
        failed.addAll(textRows.failed());
        for (Map<String, String> row : textRows.rows()) {
            texts.computeIfAbsent(key(row), k -> new StringBuilder()).append(' ').append(row.getOrDefault("texts", ""));
        }
        Map<String, NetworkExperiment> experiments = new LinkedHashMap<>();
        NetworkQueries.Rows experimentRows = queries.selectAll(EXPERIMENTS);
        failed.addAll(experimentRows.failed());
        for (Map<String, String> row : experimentRows.rows()) {
            String key = key(row);
            if (experiments.containsKey(key)) {
                continue;
            }
            Map<String, Set<String>> c = concepts.getOrDefault(key, Map.of());
            String summary = row.getOrDefault("summary", "");
            String text = row.get("title") + ' ' + summary + texts.getOrDefault(key, new StringBuilder());
            experiments.put(key, new NetworkExperiment(row.get("city"), name(row.get("city"), names), row.get("e"),
                    row.get("title"), row.getOrDefault("titleEn", ""), summary, row.get("start"),
                    first(c.get(cx("participationLevel"))), first(c.get("http://www.w3.org/ns/adms#status")),
                    set(c.get(cx("theme"))), set(c.get(cx("pillar"))), set(c.get(cx("device"))), fold(text)));
        }
        List<NetworkExperiment> list = new ArrayList<>(experiments.values());
        list.sort(Comparator.comparing(NetworkExperiment::cityName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(NetworkExperiment::title, String.CASE_INSENSITIVE_ORDER));
        return new Snapshot(List.copyOf(list), failed.stream().map(city -> name(city, names)).toList());
    }

    /** The name of every city of the network, by node IRI: what its territory says, else what the node says of itself. */
    public Map<String, String> cityNames() {
        return cityNames(new LinkedHashSet<>());
    }

    private Map<String, String> cityNames(Set<String> failed) {
        Map<String, String> names = knownNames(peers.peers());
        NetworkQueries.Rows cities = queries.select(CITIES);
        failed.addAll(cities.failed());
        for (Map<String, String> row : cities.rows()) {
            names.put(row.get("city"), row.get("name"));
        }
        return names;
    }

    /** The cities' names known without asking the network: this node's, and what each peer said of itself (else its name or host). */
    private Map<String, String> knownNames(List<Peer> peerList) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put(identity.nodeIri(), identity.city());
        for (Peer peer : peerList) {
            String city = peers.facts(peer).city();
            names.put(peer.nodeIri(), city != null ? city : peer.name() != null ? peer.name() : peer.url().getHost());
        }
        return names;
    }

    /** Lower case without accents, so that "Énergie" matches "energie". */
    public static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    private static String name(String city, Map<String, String> names) {
        String name = names.get(city);
        return name != null ? name : URI.create(city).getHost();
    }

    private static String key(Map<String, String> row) {
        return row.get("city") + ' ' + row.get("e");
    }

    private static String cx(String local) {
        return "https://w3id.org/cailloux/ns#" + local;
    }

    private static Set<String> set(Set<String> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }

    private static String first(Set<String> values) {
        return values == null || values.isEmpty() ? null : values.iterator().next();
    }
}
