package org.w3id.cailloux.node.publishing.record;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * An agent's types in the JSON form: {@code Agent}, {@code Person}, {@code Group} (FOAF) and
 * {@code Organization}, which stands for the pair {@code org:Organization} + {@code foaf:Organization}
 * that the vocabulary always gives together; any other type (or half of the pair) is its full IRI.
 */
final class AgentTypes {

    /** The short names, in the order they are written. */
    static final List<String> NAMES = List.of("Organization", "Person", "Group", "Agent");

    private static final Map<String, List<Node>> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("Organization", List.of(RecordTerms.ORG_ORGANIZATION, RecordTerms.FOAF_ORGANIZATION));
        TYPES.put("Person", List.of(RecordTerms.FOAF_PERSON));
        TYPES.put("Group", List.of(RecordTerms.FOAF_GROUP));
        TYPES.put("Agent", List.of(RecordTerms.FOAF_AGENT));
    }

    private AgentTypes() {}

    /** The JSON names of these types: short names first, in {@link #NAMES} order, then sorted IRIs. */
    static List<String> toJson(Collection<Node> types) {
        Set<Node> left = new java.util.HashSet<>(types);
        List<String> names = new ArrayList<>();
        TYPES.forEach((name, nodes) -> {
            if (left.containsAll(nodes)) {
                names.add(name);
                nodes.forEach(left::remove);
            }
        });
        left.stream().filter(Node::isURI).map(Node::getURI).sorted().forEach(names::add);
        return names;
    }

    /** The types a JSON name stands for, or null when it is neither a short name nor an IRI. */
    static List<Node> fromJson(String name) {
        List<Node> nodes = TYPES.get(name);
        if (nodes != null) {
            return nodes;
        }
        return name.contains(":") ? List.of(NodeFactory.createURI(name)) : null;
    }
}
