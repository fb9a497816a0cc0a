package org.w3id.cailloux.node.federation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Var;
import org.w3id.cailloux.node.federation.SourceSelection.StarSelection;

/**
 * Phase 7: cross-node links. A star whose subject variable is the object of another star of the same basic
 * graph pattern ({@code ?a cx:inspiredBy ?b . ?b dct:title ?t}) is fetched in a second round, with the
 * values the first round found for that variable sent as a {@code VALUES} block, instead of every match the
 * nodes hold. Only matches joined with those values can be part of an answer, so nothing is lost. A star small
 * on every node ({@link StarSizes}) is fetched whole in the first round instead: one round trip less.
 */
final class BoundJoin {

    /**
     * A star put off to the second round.
     *
     * @param star     the star
     * @param provider the first-round star whose matches give the values
     * @param variable the variable shared: the star's subject, an object of the provider
     */
    record Deferred(StarSelection star, Star provider, Var variable) {}

    /**
     * The stars of each round.
     *
     * @param first   the stars fetched in the first round
     * @param second  the stars fetched in the second, with values from the first
     * @param covered stars fetched in neither, matched in the data of another (the value) of the same shape
     * @param whole   stars a bound join could take, fetched whole in the first round because they are small
     */
    record Rounds(List<StarSelection> first, List<Deferred> second, Map<Star, Star> covered, List<Star> whole) {

        static Rounds none() {
            return new Rounds(List.of(), List.of(), Map.of(), List.of());
        }
    }

    /** The rounds of {@code selections}; {@code small} says whether a star is better fetched whole than bound. */
    Rounds plan(List<StarSelection> selections, Predicate<StarSelection> small) {
        List<Star> whole = new ArrayList<>();
        List<Deferred> deferred = new ArrayList<>();
        Set<Star> providers = new HashSet<>();
        Set<Star> later = new HashSet<>();
        Map<Star, Star> covers = covered(selections);
        Set<Star> covered = covers.keySet();
        for (StarSelection candidate : selections) {
            Star star = candidate.star();
            // a star that covers another is fetched whole: the other's matches are in its data
            if (star.group() < 0 || !star.subject().isVariable() || candidate.sources().isEmpty() || providers.contains(star)
                    || covered.contains(star) || covers.containsValue(star)) {
                continue;
            }
            Var subject = Var.alloc(star.subject());
            Optional<Star> provider = selections.stream().map(StarSelection::star)
                    .filter(p -> p != star && p.group() == star.group() && !later.contains(p)
                            && p.objectVars().contains(subject))
                    .filter(p -> selections.stream().anyMatch(s -> s.star() == p && !s.sources().isEmpty()))
                    .findFirst();
            if (provider.isPresent() && small.test(candidate)) {
                whole.add(star);
            } else if (provider.isPresent()) {
                deferred.add(new Deferred(candidate, provider.get(), subject));
                providers.add(provider.get());
                later.add(star);
            }
        }
        List<StarSelection> first = selections.stream().filter(s -> !later.contains(s.star()) && !covered.contains(s.star())).toList();
        return new Rounds(first, deferred, Map.copyOf(covers), List.copyOf(whole));
    }

    /**
     * Stars matched in the data fetched for another: {@code ?b cx:inspiredBy ?c} beside {@code ?a cx:inspiredBy ?b}
     * is the same pattern with other variables, and the first round brings every node's triples of that pattern
     * (when neither has a filter). Such a star needs no request of its own, and its matches are there after the first
     * round to give values to a bound join, as a fetched star's are.
     */
    private static Map<Star, Star> covered(List<StarSelection> selections) {
        Map<Star, Star> covers = new HashMap<>();
        for (StarSelection candidate : selections) {
            for (StarSelection cover : selections) {
                if (cover != candidate && !covers.containsKey(cover.star()) && sameShape(candidate.star(), cover.star())
                        && cover.sources().containsAll(candidate.sources())) {
                    covers.put(candidate.star(), cover.star());
                    break;
                }
            }
        }
        return covers;
    }

    /** The same triple patterns but for the names of their variables, all distinct, in the same graph, without filters. */
    private static boolean sameShape(Star a, Star b) {
        if (a.group() < 0 || a.group() != b.group() || !a.filters().isEmpty() || !b.filters().isEmpty()
                || !a.scope().equals(b.scope()) || a.triples().size() != b.triples().size()
                || a.vars().size() != b.vars().size() || !a.subject().isVariable() || !b.subject().isVariable()) {
            return false;
        }
        for (int i = 0; i < a.triples().size(); i++) {
            Triple x = a.triples().get(i);
            Triple y = b.triples().get(i);
            if (!x.getPredicate().isConcrete() || !x.getPredicate().equals(y.getPredicate())
                    || x.getObject().isVariable() != y.getObject().isVariable()
                    || (!x.getObject().isVariable() && !x.getObject().equals(y.getObject()))) {
                return false;
            }
        }
        // one variable per position (subject, then each object): no pattern joins a variable with itself
        return a.vars().size() == 1 + a.triples().stream().filter(t -> t.getObject().isVariable()).count();
    }
}
