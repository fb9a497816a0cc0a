package org.w3id.cailloux.node.federation;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.Var;
import org.w3id.cailloux.node.federation.SourceSelection.StarSelection;
import java.util.function.Supplier;
import org.w3id.cailloux.node.vocabulary.LiveVocabulary;

/**
 * Plans a federated query as a sequence of named phases, each its own class, as FedX's optimizer does:
 * pattern extraction, vocabulary patterns, record-part joins, filter pushdown, vocabulary bindings, VALUES pushdown, source
 * selection, empty groups,
 * bound join, limit pushdown, aggregate pushdown, exclusive groups. Source selection is the only phase that may
 * contact nodes.
 */
@Singleton
public class FederationPlanner {

    private final PatternExtraction extraction = new PatternExtraction();
    private final VocabularyPatterns vocabulary = new VocabularyPatterns();
    private final Supplier<VocabularyBindings> vocabularyBindings;
    private final RecordPartJoins partJoins;
    private final FilterPushdown filters = new FilterPushdown();
    private final ValuesPushdown valuesPushdown = new ValuesPushdown();
    private final SourceSelection selection;
    private final StarSizes sizes;
    private final EmptyGroups emptyGroups = new EmptyGroups();
    private final BoundJoin boundJoin = new BoundJoin();
    private final LimitPushdown limitPushdown = new LimitPushdown();
    private final AggregatePushdown aggregatePushdown;
    private final ExclusiveGroups exclusiveGroups;

    FederationPlanner(SourceSelection selection, StarSizes sizes, RecordParts parts, LiveVocabulary liveVocabulary,
                      FederationSettings settings) {
        this.exclusiveGroups = new ExclusiveGroups(settings.getMaxRequestLength());
        this.selection = selection;
        this.sizes = sizes;
        this.vocabularyBindings = liveVocabulary.derive(v -> new VocabularyBindings(v.graph()));
        this.partJoins = new RecordPartJoins(parts);
        this.aggregatePushdown = new AggregatePushdown(parts, settings.getMaxRequestLength());
    }

    FederationPlan plan(Query query, SourceLedger ledger, Deadline deadline) {
        List<ServiceCalls.Call> services = ServiceCalls.of(query, ledger.sources());
        Op op = query.getQueryPattern() == null ? null : Algebra.compile(query);
        PatternExtraction.Patterns patterns = op == null
                ? PatternExtraction.Patterns.none() : extraction.extract(op);
        patterns = withDescribed(query, patterns);
        VocabularyPatterns.Split split = vocabulary.split(patterns.stars());
        RecordPartJoins.Joined joined = partJoins.join(split.stars());
        List<Star> stars = valuesPushdown.apply(vocabularyBindings.get().bind(filters.apply(joined.stars(), patterns.groupFilters()),
                split.localByGroup()), patterns.groupValues());
        List<StarSelection> selections = emptyGroups.prune(selection.select(stars, ledger, deadline));
        BoundJoin.Rounds rounds = boundJoin.plan(selections, star -> sizes.small(star, deadline));
        Optional<LimitPushdown.TopK> limit = op == null || !services.isEmpty() ? Optional.empty()
                : limitPushdown.limit(query, op, patterns.stars(), stars, split.local().size());
        AggregatePushdown.Decision aggregate = op == null ? AggregatePushdown.Decision.no("no pattern")
                : aggregatePushdown.plan(query, op, stars, selections, split.local().size(), !services.isEmpty());
        if (aggregate.pushed().isPresent()) {
            // the nodes answer partial aggregates instead of sending their matches: no data to fetch
            rounds = BoundJoin.Rounds.none();
        }
        List<ExclusiveGroups.FetchRequest> first = exclusiveGroups.first(rounds.first(), limit);
        return new FederationPlan(patterns.stars(), split.local(), joined.merged(), selections, rounds, limit, aggregate,
                first, services);
    }

    /**
     * DESCRIBE answers every triple whose subject is a described resource: one star {@code <iri> ?p ?o} per IRI,
     * and {@code ?x ?p ?o} per variable (which fetches every triple of the nodes: correct, and costly).
     */
    private static PatternExtraction.Patterns withDescribed(Query query, PatternExtraction.Patterns patterns) {
        if (!query.isDescribeType()) {
            return patterns;
        }
        List<Star> stars = new ArrayList<>(patterns.stars());
        for (Node described : query.getResultURIs()) {
            stars.add(describe(stars.size(), described));
        }
        for (String var : query.getResultVars()) {
            stars.add(describe(stars.size(), Var.alloc(var)));
        }
        return new PatternExtraction.Patterns(stars, patterns.groupFilters(), patterns.groupValues());
    }

    private static Star describe(int id, Node subject) {
        Triple all = Triple.create(subject, Var.alloc("describe" + id + "p"), Var.alloc("describe" + id + "o"));
        return new Star(id, -1, GraphScope.DEFAULT, List.of(all), List.of());
    }
}
