package org.w3id.cailloux.node.curation.hub;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cailloux.node.curation.change.Delta;
import org.w3id.cailloux.node.curation.store.Release;
import org.w3id.cailloux.node.publishing.record.RecordCodec;

/**
 * What changed between two versions, for people (concepts added, deprecated, moved, relabelled, otherwise changed) and
 * for machines (each step's insertions and deletions, as skos-history's delta graphs).
 *
 * @param steps the releases after {@code from} up to {@code to}, in order, each with its delta
 */
public record Changelog(String from, String to, List<Step> steps) {

    /** One release and what it added and removed. */
    public record Step(Release release, Delta delta) {}

    /** The concepts by what happened to them between the two versions. */
    public record Summary(Set<String> added, Set<String> deprecated, Set<String> moved, Set<String> relabelled, Set<String> changed) {

        /** As JSON. */
        public Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("added", added);
            json.put("deprecated", deprecated);
            json.put("moved", moved);
            json.put("relabelled", relabelled);
            json.put("changed", changed);
            return json;
        }
    }

    /** The changelog from {@code from} to {@code to} among {@code releases} (oldest first, with their deltas). */
    public static Changelog between(List<Release> releases, String from, String to) {
        List<Step> steps = new ArrayList<>();
        boolean in = false;
        for (Release r : releases) {
            if (in) {
                steps.add(new Step(r, new Delta(RecordCodec.decode(r.insertions()), RecordCodec.decode(r.deletions()))));
            }
            if (r.version().equals(from)) {
                in = true;
            }
            if (r.version().equals(to)) {
                break;
            }
        }
        return new Changelog(from, to, List.copyOf(steps));
    }

    /** What happened to each concept over all the steps. */
    public Summary summary() {
        Set<String> added = new TreeSet<>();
        Set<String> deprecated = new TreeSet<>();
        Set<String> moved = new TreeSet<>();
        Set<String> relabelled = new TreeSet<>();
        Set<String> changed = new TreeSet<>();
        for (Step step : steps) {
            Graph ins = step.delta().insertions();
            Graph del = step.delta().deletions();
            ins.find(Node.ANY, RDF.type.asNode(), SKOS.Concept.asNode()).forEachRemaining(t -> added.add(t.getSubject().getURI()));
            ins.find(Node.ANY, OWL.deprecated.asNode(), Node.ANY).forEachRemaining(t -> deprecated.add(t.getSubject().getURI()));
            for (Graph g : List.of(ins, del)) {
                g.find(Node.ANY, SKOS.broader.asNode(), Node.ANY).forEachRemaining(t -> moved.add(t.getSubject().getURI()));
                g.find(Node.ANY, SKOS.topConceptOf.asNode(), Node.ANY).forEachRemaining(t -> moved.add(t.getSubject().getURI()));
                g.find(Node.ANY, SKOS.prefLabel.asNode(), Node.ANY).forEachRemaining(t -> {
                    if (t.getSubject().isURI()) {
                        relabelled.add(t.getSubject().getURI());
                    }
                });
                g.find().forEachRemaining(t -> {
                    if (t.getSubject().isURI() && t.getSubject().getURI().startsWith("https://w3id.org/cailloux/scheme/")) {
                        changed.add(t.getSubject().getURI());
                    }
                });
            }
        }
        moved.removeAll(added);
        relabelled.removeAll(added);
        Set<String> other = new LinkedHashSet<>(changed);
        other.removeAll(added);
        other.removeAll(deprecated);
        other.removeAll(moved);
        other.removeAll(relabelled);
        return new Summary(added, deprecated, moved, relabelled, other);
    }

    /** The triples about {@code concept} each step added and removed: its history. */
    public static List<Map<String, Object>> history(List<Release> releases, String concept) {
        List<Map<String, Object>> history = new ArrayList<>();
        for (Release r : releases) {
            List<String> added = about(RecordCodec.decode(r.insertions()), concept);
            List<String> removed = about(RecordCodec.decode(r.deletions()), concept);
            if (!added.isEmpty() || !removed.isEmpty()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("version", r.version());
                entry.put("issued", r.issuedAt().toString());
                entry.put("added", added);
                entry.put("removed", removed);
                history.add(entry);
            }
        }
        return history;
    }

    private static List<String> about(Graph g, String concept) {
        List<String> lines = new ArrayList<>();
        g.find(org.apache.jena.graph.NodeFactory.createURI(concept), Node.ANY, Node.ANY).forEachRemaining(t -> lines.add(line(t)));
        java.util.Collections.sort(lines);
        return lines;
    }

    private static String line(Triple t) {
        String p = t.getPredicate().getURI();
        String short_ = p.startsWith(SKOS.uri) ? "skos:" + p.substring(SKOS.uri.length())
                : p.startsWith(OWL.NS) ? "owl:" + p.substring(OWL.NS.length()) : p;
        Node o = t.getObject();
        return short_ + " " + (o.isLiteral() ? "\"" + o.getLiteralLexicalForm() + "\"" + (o.getLiteralLanguage().isEmpty() ? "" : "@" + o.getLiteralLanguage())
                : o.isURI() ? "<" + o.getURI() + ">" : o.toString());
    }
}
