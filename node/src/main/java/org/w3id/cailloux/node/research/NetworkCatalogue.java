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
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.w3id.cailloux.node.NodeIdentity;
import org.w3id.cailloux.node.index.QueryIndex;
import org.w3id.cailloux.node.peers.Peer;
import org.w3id.cailloux.node.peers.PeerRegistry;
import org.w3id.cailloux.node.publishing.ExperimentStore;

/**
 * Every experiment of the network with what the search and comparison pages filter on, read through
 * {@link NetworkQueries} with four SELECTs (experiments, their concepts, their texts, the cities' names), each
 * a row per experiment (or city), so that any federation engine answers them. Each experiment names its city.
 */
@Singleton
public class NetworkCatalogue {

    /** The most experiments written since this node's part was read that are read again one by one (else it is read whole). */
    private static final int MAX_REREAD = 100;

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
    private final ExperimentStore store;
    private final Map<String, Part> parts = new HashMap<>();
    // Each city's name as its territory gives it, learnt when its part is read
    private final Map<String, String> territoryNames = new ConcurrentHashMap<>();
    // The cities whose territory's name the network was asked for at least once
    private final Set<String> namesAsked = ConcurrentHashMap.newKeySet();

    NetworkCatalogue(NetworkQueries queries, NodeIdentity identity, PeerRegistry peers, QueryIndex index,
                     PeerDataVersions versions, ExperimentStore store) {
        this.store = store;
        this.queries = queries;
        this.identity = identity;
        this.peers = peers;
        this.index = index;
        this.versions = versions;
    }

    /** One city's experiments as read when its data was at {@code version} (this node's watermark, a peer's VoID tag). */
    private record Part(String version, List<NetworkExperiment> experiments) {}

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
     * Every experiment of the network, and which cities did not answer. Each city's part is kept while its data
     * are as they were when it was read (this node's by its index's watermark, a peer's by the entity tag of its
     * VoID description, asked with a conditional request): a write here reads again only the experiments written since
     * (up to a hundred, else this node's part), a write on a peer that peer's part only. Reading the whole network's
     * catalogue again on every view of a search page after a write took seconds once it held thousands of experiments.
     */
    public Snapshot snapshot() {
        List<Peer> now = peers.peers();
        Map<String, String> states = new LinkedHashMap<>();
        // Outside the lock: waiting for the index's writes, or for a peer's VoID, once held every search in a queue
        long watermark = index.watermark();
        states.put(identity.nodeIri(), watermark < 0 ? null : "w" + watermark);
        Map<String, String> kept = new HashMap<>();
        synchronized (this) {
            parts.forEach((city, part) -> kept.put(city, part.version()));
        }
        // The tags are read before the data: a change in between makes the next view read that part again
        states.putAll(versions.current(now, kept));
        return snapshot(now, states);
    }

    /** The snapshot for these states of each city's data; one at a time, so that views at once read a changed part once. */
    private synchronized Snapshot snapshot(List<Peer> now, Map<String, String> states) {
        parts.keySet().retainAll(states.keySet());
        List<String> stale = states.keySet().stream()
                .filter(city -> states.get(city) == null || !parts.containsKey(city) || !parts.get(city).version().equals(states.get(city)))
                .toList();
        Map<String, String> names = knownNames(now);
        Set<String> failed = new LinkedHashSet<>();
        // What a city gave whose node failed part of the reading: shown this time, not kept
        Map<String, List<NetworkExperiment>> unkept = new HashMap<>();
        String self = identity.nodeIri();
        if (stale.contains(self) && states.get(self) != null && parts.containsKey(self)) {
            Optional<List<NetworkExperiment>> updated = updated(parts.get(self));
            if (updated.isPresent()) {
                parts.put(self, new Part(states.get(self), updated.get()));
                stale = stale.stream().filter(city -> !city.equals(self)).toList();
            }
        }
        if (!stale.isEmpty()) {
            // Every city at once is four requests to the network; a few cities, four each
            Map<String, List<NetworkExperiment>> read = stale.size() == states.size() ? read(null, null, failed) : new HashMap<>();
            if (stale.size() < states.size()) {
                stale.forEach(city -> read.putAll(read(city, null, failed)));
            }
            for (String city : stale) {
                String version = states.get(city);
                if (version != null && !failed.contains(city)) {
                    parts.put(city, new Part(version, read.getOrDefault(city, List.of())));
                } else {
                    parts.remove(city);
                    unkept.put(city, read.getOrDefault(city, List.of()));
                }
            }
        }
        List<NetworkExperiment> list = new ArrayList<>();
        for (String city : states.keySet()) {
            Part part = parts.get(city);
            List<NetworkExperiment> experiments = part != null ? part.experiments() : unkept.getOrDefault(city, List.of());
            String name = territoryNames.getOrDefault(city, name(city, names));
            experiments.forEach(e -> list.add(e.cityName().equals(name) ? e : e.withCityName(name)));
        }
        list.sort(Comparator.comparing(NetworkExperiment::cityName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(NetworkExperiment::title, String.CASE_INSENSITIVE_ORDER));
        return new Snapshot(List.copyOf(list), failed.stream().map(city -> territoryNames.getOrDefault(city, name(city, names))).toList());
    }

    /**
     * This node's part brought up to date by reading again only the experiments written since the watermark it was
     * read at (a few, as a write makes); empty when that is not possible (many writes, the territory
     * or the vocabulary changed, the reading failed), and the part is read whole.
     */
    private Optional<List<NetworkExperiment>> updated(Part part) {
        long since = Long.parseLong(part.version().substring(1));
        Optional<Set<String>> slugs = store.experimentsChangedSince(since, MAX_REREAD);
        if (slugs.isEmpty()) {
            return Optional.empty();
        }
        Set<String> iris = new LinkedHashSet<>();
        slugs.get().forEach(slug -> iris.add(identity.experimentIri(slug)));
        Set<String> failedNow = new LinkedHashSet<>();
        List<NetworkExperiment> again = iris.isEmpty() ? List.of()
                : read(identity.nodeIri(), iris, failedNow).getOrDefault(identity.nodeIri(), List.of());
        if (!failedNow.isEmpty()) {
            return Optional.empty();
        }
        List<NetworkExperiment> experiments = new ArrayList<>(part.experiments().stream().filter(e -> !iris.contains(e.iri())).toList());
        experiments.addAll(again);
        return Optional.of(List.copyOf(experiments));
    }

    /** The experiments of one city ({@code city} a node IRI), or of every city when null, by city; only {@code iris} when given. */
    private Map<String, List<NetworkExperiment>> read(String city, Set<String> iris, Set<String> failed) {
        // A few experiments read again take their city's name from the merge; a whole part asks the territories
        Map<String, String> names = iris == null ? cityNames(city, failed) : knownNames(peers.peers());
        Map<String, Map<String, Set<String>>> concepts = new HashMap<>();
        NetworkQueries.Rows conceptRows = rows(CONCEPTS, city, iris);
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
        NetworkQueries.Rows textRows = rows(TEXTS, city, iris);
        failed.addAll(textRows.failed());
        for (Map<String, String> row : textRows.rows()) {
            texts.computeIfAbsent(key(row), k -> new StringBuilder()).append(' ').append(row.getOrDefault("texts", ""));
        }
        Map<String, NetworkExperiment> experiments = new LinkedHashMap<>();
        NetworkQueries.Rows experimentRows = rows(EXPERIMENTS, city, iris);
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
        Map<String, List<NetworkExperiment>> byCity = new HashMap<>();
        experiments.values().forEach(e -> byCity.computeIfAbsent(e.city(), k -> new ArrayList<>()).add(e));
        return byCity;
    }

    /** A catalogue query's rows: this node's part read in its own index, a peer's (or every city's) through the federation. */
    private NetworkQueries.Rows rows(String query, String city, Set<String> iris) {
        return identity.nodeIri().equals(city) ? queries.local(of(query, city, iris).replace("GRAPH <" + city + "> {", "{"))
                : queries.selectAll(of(query, city, iris));
    }

    /**
     * One of the catalogue's queries for one city's graph only ({@code city} a node IRI), or as it is when null; for
     * these experiments only when {@code iris} is given.
     */
    static String of(String query, String city, Set<String> iris) {
        if (city == null) {
            return query;
        }
        String iri = "<" + city + ">";
        String experiments = iris == null ? "" : "VALUES ?e { " + iris.stream().map(e -> "<" + e + ">").collect(Collectors.joining(" ")) + " }\n  ";
        return query.replace("GRAPH ?city {", "VALUES ?city { " + iri + " }\n  " + experiments + "GRAPH " + iri + " {");
    }

    /**
     * The name of every city of the network, by node IRI: what its territory said when its part of the catalogue was
     * last read, else what the node says of itself. The network is asked only for cities not heard of yet: the
     * experiment pages ask on every view.
     */
    public Map<String, String> cityNames() {
        Map<String, String> names = knownNames(peers.peers());
        if (!namesAsked.containsAll(names.keySet())) {
            Set<String> failed = new LinkedHashSet<>();
            cityNames(null, failed);
            names.keySet().stream().filter(city -> !failed.contains(city)).forEach(namesAsked::add);
        }
        names.replaceAll((city, name) -> territoryNames.getOrDefault(city, name));
        return names;
    }

    private Map<String, String> cityNames(String city, Set<String> failed) {
        Map<String, String> names = knownNames(peers.peers());
        NetworkQueries.Rows cities = city == null ? queries.select(CITIES) : rows(CITIES, city, null);
        failed.addAll(cities.failed());
        for (Map<String, String> row : cities.rows()) {
            names.put(row.get("city"), row.get("name"));
            territoryNames.put(row.get("city"), row.get("name"));
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
