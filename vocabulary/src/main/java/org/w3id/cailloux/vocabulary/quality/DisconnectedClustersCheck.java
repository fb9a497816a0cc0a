package org.w3id.cailloux.vocabulary.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * Concepts of a scheme cut off from the rest of it (qSKOS dcc). The concepts are linked through
 * skos:broader, skos:narrower and skos:related within the scheme, and its top concepts through the
 * scheme itself: a flat list of top concepts is one cluster. Every concept outside the cluster of
 * the top concepts is reported; in a scheme without top concepts, every one outside the largest
 * cluster (of equal ones, the one holding the first IRI).
 */
final class DisconnectedClustersCheck extends GraphCheck {

    private static final List<Node> LINKS = List.of(Terms.BROADER, Terms.NARROWER, Terms.RELATED);

    DisconnectedClustersCheck() {
        super("disconnected-clusters", Severity.WARNING,
                "Concepts of a scheme are not connected to its top concepts through skos:broader, skos:narrower or skos:related.",
                "Des concepts d'un schéma ne sont reliés à ses concepts de tête par aucune chaîne de skos:broader, skos:narrower ou skos:related.");
    }

    @Override
    void find(Graph vocabulary, Findings found) {
        Set<Node> schemes = Terms.sortedSet();
        vocabulary.find(Node.ANY, Terms.IN_SCHEME, Node.ANY).forEachRemaining(t -> schemes.add(t.getObject()));
        for (Node scheme : schemes) {
            checkScheme(vocabulary, scheme, found);
        }
    }

    private static void checkScheme(Graph vocabulary, Node scheme, Findings found) {
        List<Node> members = new ArrayList<>(Terms.subjects(vocabulary, Terms.IN_SCHEME, scheme));
        Map<Node, Integer> index = new HashMap<>();
        members.forEach(m -> index.put(m, index.size()));
        int[] parent = new int[members.size() + 1];
        int root = members.size();
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        boolean hasTops = false;
        for (Node member : members) {
            int i = index.get(member);
            if (vocabulary.contains(member, Terms.TOP_CONCEPT_OF, scheme) || vocabulary.contains(scheme, Terms.HAS_TOP_CONCEPT, member)) {
                union(parent, i, root);
                hasTops = true;
            }
            for (Node link : LINKS) {
                vocabulary.find(member, link, Node.ANY).forEachRemaining(t -> {
                    Integer j = index.get(t.getObject());
                    if (j != null) {
                        union(parent, i, j);
                    }
                });
            }
        }
        Map<Integer, List<Node>> clusters = new LinkedHashMap<>();
        for (Node member : members) {
            clusters.computeIfAbsent(rootOf(parent, index.get(member)), k -> new ArrayList<>()).add(member);
        }
        int main = hasTops ? rootOf(parent, root) : largest(clusters);
        String detail = hasTops
                ? "not connected to the top concepts of " + Terms.ref(scheme) + " through skos:broader, skos:narrower or skos:related"
                : "not connected to the largest cluster of concepts of " + Terms.ref(scheme)
                        + ", which has no top concept, through skos:broader, skos:narrower or skos:related";
        clusters.forEach((cluster, concepts) -> {
            if (cluster != main) {
                concepts.forEach(concept -> found.add(concept, detail));
            }
        });
    }

    /** The root of the largest cluster; clusters come in the order of their first member, so a tie goes to the first. */
    private static int largest(Map<Integer, List<Node>> clusters) {
        int best = -1;
        int size = 0;
        for (Map.Entry<Integer, List<Node>> cluster : clusters.entrySet()) {
            if (cluster.getValue().size() > size) {
                best = cluster.getKey();
                size = cluster.getValue().size();
            }
        }
        return best;
    }

    private static int rootOf(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[rootOf(parent, a)] = rootOf(parent, b);
    }
}
