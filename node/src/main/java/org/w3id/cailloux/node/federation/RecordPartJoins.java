package org.w3id.cailloux.node.federation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Phase 3: a star whose subject is the object of a record-part property in another star of the same basic
 * graph pattern ({@code ?e cx:meansEngaged ?m . ?m schema:value ?v}) is part of the same record, so it lives on
 * the same node: the two become one star, matched as a join within each node and fetched in one request,
 * instead of a second, bound-join round. The merged star keeps the first star's number and subject.
 */
final class RecordPartJoins {

    /**
     * The stars after joining, and which stars each joined star took in.
     *
     * @param stars  the stars to fetch
     * @param merged for each joined star's number, the numbers of the stars it took in (absent: none)
     */
    record Joined(List<Star> stars, Map<Integer, List<Integer>> merged) {}

    private final RecordParts parts;

    RecordPartJoins(RecordParts parts) {
        this.parts = parts;
    }

    Joined join(List<Star> stars) {
        List<Star> result = new ArrayList<>(stars);
        Map<Integer, List<Integer>> merged = new LinkedHashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Star owner : result) {
                Star part = partOf(owner, result);
                if (part != null) {
                    Star joined = new Star(owner.id(), owner.group(), owner.scope(), concat(owner.triples(), part.triples()), List.of());
                    result.set(result.indexOf(owner), joined);
                    result.remove(part);
                    List<Integer> into = merged.computeIfAbsent(owner.id(), k -> new ArrayList<>());
                    into.add(part.id());
                    into.addAll(merged.getOrDefault(part.id(), List.of()));
                    merged.remove(part.id());
                    changed = true;
                    break;
                }
            }
        }
        return new Joined(List.copyOf(result), merged);
    }

    /** Another star of the owner's basic graph pattern whose subject an owner's part property points to. */
    private Star partOf(Star owner, List<Star> stars) {
        if (owner.group() < 0) {
            return null;
        }
        for (Triple t : owner.triples()) {
            Node object = t.getObject();
            if (!parts.isPart(t.getPredicate()) || !object.isVariable()) {
                continue;
            }
            for (Star other : stars) {
                if (other != owner && other.group() == owner.group() && other.subject().equals(object)) {
                    return other;
                }
            }
        }
        return null;
    }

    private static List<Triple> concat(List<Triple> a, List<Triple> b) {
        List<Triple> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
