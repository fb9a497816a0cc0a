package org.w3id.cailloux.node.publishing.record;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Cuts a parsed document (a POSTed Turtle, JSON-LD or RDF/XML document, or an import file with many
 * experiments) into experiment records, for the node whose base URI is given. Blank nodes reachable
 * from an experiment become fragment IRIs of it; what belongs to no experiment (the territory, the
 * network...) is returned apart, for the caller to keep or reject.
 */
public final class RecordExtractor {

    private static final Set<Node> AGENT_TYPES = Set.of(RecordTerms.FOAF_AGENT, RecordTerms.FOAF_PERSON,
            RecordTerms.FOAF_GROUP, RecordTerms.FOAF_ORGANIZATION, RecordTerms.ORG_ORGANIZATION);

    private final String experimentsBase;

    /** An extractor for the node whose base URI (ending in a slash) is given. */
    public RecordExtractor(String baseUri) {
        this.experimentsBase = ExperimentRecord.experimentsBase(baseUri);
    }

    /** The records of every experiment in the document; throws {@link InvalidRecordException}. */
    public Extraction extract(Graph document) {
        List<String> errors = new ArrayList<>();
        Map<String, String> slugs = experiments(document, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRecordException(errors);
        }
        BlankNodeNamer namer = new BlankNodeNamer(document);
        slugs.keySet().forEach(namer::nameFrom);
        if (!namer.errors().isEmpty()) {
            throw new InvalidRecordException(namer.errors());
        }
        Graph named = namer.rewrite();
        List<ExperimentRecord> records = new ArrayList<>();
        Map<String, List<Triple>> byDocument = byDocument(named);
        Set<Triple> agentTriples = new HashSet<>();
        slugs.forEach((iri, slug) -> records.add(new ExperimentRecord(slug, iri,
                recordGraph(named, byDocument.getOrDefault(iri, List.of()), iri, agentTriples))));
        // What no record took: triples about other subjects, except the agents' type and name copied into records
        Graph rest = GraphFactory.createDefaultGraph();
        named.find().filterDrop(t -> slugs.containsKey(document(t.getSubject())) || agentTriples.contains(t))
                .forEachRemaining(rest::add);
        return new Extraction(records, rest);
    }

    /** The IRI without its fragment, or null for a blank node. */
    private static String document(Node subject) {
        if (!subject.isURI()) {
            return null;
        }
        String uri = subject.getURI();
        int hash = uri.indexOf('#');
        return hash < 0 ? uri : uri.substring(0, hash);
    }

    /** Experiment IRI to slug, in IRI order; adds an error for each experiment the node cannot name. */
    private Map<String, String> experiments(Graph document, List<String> errors) {
        List<Node> nodes = document.find(Node.ANY, RecordTerms.TYPE, RecordTerms.EXPERIMENT)
                .mapWith(Triple::getSubject).toList();
        if (nodes.isEmpty()) {
            errors.add("the document contains no cx:Experiment: give each experiment the type "
                    + "<https://w3id.org/cailloux/ns#Experiment>");
        }
        Map<String, String> slugs = new TreeMap<>();
        for (Node node : nodes) {
            if (!node.isURI()) {
                errors.add("an experiment has no IRI: name it under " + experimentsBase
                        + ", e.g. <" + experimentsBase + "my-experiment>");
            } else if (!node.getURI().startsWith(experimentsBase)) {
                errors.add("experiment <" + node.getURI() + "> is not under this node's base <" + experimentsBase + ">");
            } else {
                String slug = node.getURI().substring(experimentsBase.length());
                if (ExperimentRecord.isValidSlug(slug)) {
                    slugs.put(node.getURI(), slug);
                } else {
                    errors.add(ExperimentRecord.invalidSlugMessage(slug));
                }
            }
        }
        return slugs;
    }

    /** The triples of the document by the IRI of their subject without its fragment, in one pass. */
    private static Map<String, List<Triple>> byDocument(Graph named) {
        Map<String, List<Triple>> byDocument = new HashMap<>();
        named.find().forEachRemaining(t -> {
            String document = document(t.getSubject());
            if (document != null) {
                byDocument.computeIfAbsent(document, k -> new ArrayList<>()).add(t);
            }
        });
        return byDocument;
    }

    /** The experiment's own triples (its IRI and its fragments), then the type and name of the agents it refers to. */
    private static Graph recordGraph(Graph named, List<Triple> own, String iri, Set<Triple> agentTriples) {
        Graph graph = GraphFactory.createDefaultGraph();
        String fragments = iri + "#";
        own.forEach(graph::add);
        Set<Node> agents = new HashSet<>();
        graph.find(Node.ANY, RecordTerms.AGENT, Node.ANY).forEachRemaining(t -> agents.add(t.getObject()));
        for (Node reference : List.of(RecordTerms.ABOUT, RecordTerms.CREATOR)) {
            graph.find(Node.ANY, reference, Node.ANY).mapWith(Triple::getObject)
                    .filterKeep(o -> isAgent(named, o)).forEachRemaining(agents::add);
        }
        for (Node agent : agents) {
            if (agent.isURI() && !agent.getURI().startsWith(fragments)) {
                for (Node property : List.of(RecordTerms.TYPE, RecordTerms.NAME)) {
                    named.find(agent, property, Node.ANY).forEachRemaining(t -> {
                        graph.add(t);
                        agentTriples.add(t);
                    });
                }
            }
        }
        return graph;
    }

    private static boolean isAgent(Graph graph, Node node) {
        return node.isURI() && (graph.contains(node, RecordTerms.NAME, Node.ANY)
                || graph.find(node, RecordTerms.TYPE, Node.ANY).toList().stream()
                        .anyMatch(t -> AGENT_TYPES.contains(t.getObject())));
    }
}
