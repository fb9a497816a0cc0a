package org.w3id.cailloux.node.federation;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.cailloux.node.sparql.QueryAnswer;

/**
 * Phase 5: for each star, the nodes whose data may match it, and why. In order: a {@code GRAPH <iri>} admits
 * only the node of that IRI; a peer's VoID summary rules it in or out (when VoID selection is on and the peer
 * publishes one); a cached ASK answer; else the question is asked: one request per node carrying every
 * undecided star as {@code BIND(EXISTS {...} AS ?aN)} (several when one would be longer than
 * {@code cailloux.federation.max-request-length}), answered from the index for this node itself.
 */
@Singleton
public class SourceSelection {

    /** One node's decision for one star. */
    record Decision(Source source, boolean relevant, String reason) {}

    /** The decisions for one star. */
    record StarSelection(Star star, List<Decision> decisions) {
        List<Source> sources() {
            return decisions.stream().filter(Decision::relevant).map(Decision::source).toList();
        }

        StarSelection without(String reason) {
            return new StarSelection(star, decisions.stream().map(d -> new Decision(d.source(), false, reason)).toList());
        }
    }

    private final SourceClient client;
    private final VoidSummaries voids;
    private final AskCache cache;
    private final FederationSettings settings;

    SourceSelection(SourceClient client, VoidSummaries voids, AskCache cache, FederationSettings settings) {
        this.client = client;
        this.voids = voids;
        this.cache = cache;
        this.settings = settings;
    }

    List<StarSelection> select(List<Star> stars, SourceLedger ledger, Deadline deadline) {
        if (stars.isEmpty()) {
            return List.of();
        }
        List<Source> peers = ledger.live().stream().filter(s -> !s.isSelf()).toList();
        Map<Source, VoidSummary> summaries = settings.isVoidSelection() ? voids.summaries(peers, deadline, ledger.reusesKept()) : Map.of();
        Map<Star, Map<Source, Decision>> decisions = new LinkedHashMap<>();
        Map<Source, List<Star>> questions = new LinkedHashMap<>();
        for (Star star : stars) {
            Map<Source, Decision> byStar = new LinkedHashMap<>();
            decisions.put(star, byStar);
            for (Source source : ledger.sources()) {
                decide(star, source, ledger, summaries).ifPresentOrElse(
                        d -> byStar.put(source, d),
                        () -> questions.computeIfAbsent(source, s -> new ArrayList<>()).add(star));
            }
        }
        ask(questions, decisions, ledger, deadline);
        return decisions.entrySet().stream()
                .map(e -> new StarSelection(e.getKey(), ledger.sources().stream().map(e.getValue()::get).toList()))
                .toList();
    }

    private Optional<Decision> decide(Star star, Source source, SourceLedger ledger, Map<Source, VoidSummary> summaries) {
        if (ledger.failed(source)) {
            return Optional.of(new Decision(source, false, "failed earlier in this query"));
        }
        if (!star.scope().admits(source)) {
            return Optional.of(new Decision(source, false, star.scope() + " names another node"));
        }
        if (source.isSelf()) {
            return Optional.empty();
        }
        VoidSummary summary = summaries.get(source);
        if (summary != null) {
            return Optional.of(summary.excludes(star).map(why -> new Decision(source, false, why))
                    .orElseGet(() -> new Decision(source, true, "VoID lists what the pattern uses")));
        }
        if (!ledger.reusesKept()) {
            return Optional.empty(); // Cache-Control: no-cache asks again what is not known for sure
        }
        return cache.get(source, star).map(matches -> new Decision(source, matches, "ASK (cached): " + (matches ? "matches" : "no match")));
    }

    /** One source-selection request: the stars it asks one node about. */
    private record Question(Source source, List<Star> stars) {}

    private void ask(Map<Source, List<Star>> questions, Map<Star, Map<Source, Decision>> decisions, SourceLedger ledger,
                     Deadline deadline) {
        // Selection gets a third of what is left: a peer too slow to say whether it matches is left out and
        // named, and the peers that did answer keep time for their data requests
        Deadline selection = Deadline.after(deadline.remaining().dividedBy(3));
        Map<Question, CompletableFuture<QueryAnswer.Rows>> requests = new LinkedHashMap<>();
        Map<Source, String> tokens = new java.util.HashMap<>();
        questions.keySet().forEach(source -> tokens.put(source, cache.token(source)));
        questions.forEach((source, stars) -> Packing.cut(stars, Function.identity(), RemoteQueries::exists, settings.getMaxRequestLength())
                .forEach(part -> requests.put(new Question(source, part.items()), client.selection(source, part.text(), selection, ledger.reusesKept()))));
        FanOut.await(requests, selection).forEach((question, outcome) -> {
            Source source = question.source();
            ledger.selection(source, outcome);
            List<Star> stars = question.stars();
            for (int i = 0; i < stars.size(); i++) {
                Decision decision;
                if (!outcome.ok()) {
                    decision = new Decision(source, false, "failed: " + outcome.failure());
                } else {
                    boolean matches = matches(outcome.value(), i);
                    decision = new Decision(source, matches, (source.isSelf() ? "ASK on the local index: " : "ASK: ")
                            + (matches ? "matches" : "no match"));
                    if (!source.isSelf()) {
                        cache.put(source, stars.get(i), matches, tokens.get(source));
                    }
                }
                decisions.get(stars.get(i)).put(source, decision);
            }
        });
    }

    private static boolean matches(QueryAnswer.Rows rows, int index) {
        if (rows.rows().isEmpty()) {
            return false;
        }
        Binding row = rows.rows().getFirst();
        Node value = row.get(Var.alloc("a" + index));
        return value != null && value.isLiteral() && ("true".equals(value.getLiteralLexicalForm()) || "1".equals(value.getLiteralLexicalForm()));
    }
}
