package org.w3id.cailloux.node.federation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.sparql.core.Var;
import org.w3id.cailloux.node.federation.SourceSelection.StarSelection;

/**
 * Phase 7: cross-node links. A star whose subject variable is the object of another star of the same basic
 * graph pattern ({@code ?a cx:inspiredBy ?b . ?b dct:title ?t}) is fetched in a second round, with the
 * values the first round found for that variable sent as a {@code VALUES} block, instead of every match the
 * nodes hold. Only matches joined with those values can be part of an answer, so nothing is lost.
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

    /** The stars of each round. */
    record Rounds(List<StarSelection> first, List<Deferred> second) {}

    Rounds plan(List<StarSelection> selections) {
        List<Deferred> deferred = new ArrayList<>();
        Set<Star> providers = new HashSet<>();
        Set<Star> later = new HashSet<>();
        for (StarSelection candidate : selections) {
            Star star = candidate.star();
            if (star.group() < 0 || !star.subject().isVariable() || candidate.sources().isEmpty() || providers.contains(star)) {
                continue;
            }
            Var subject = Var.alloc(star.subject());
            Optional<Star> provider = selections.stream().map(StarSelection::star)
                    .filter(p -> p != star && p.group() == star.group() && !later.contains(p)
                            && p.objectVars().contains(subject))
                    .filter(p -> selections.stream().anyMatch(s -> s.star() == p && !s.sources().isEmpty()))
                    .findFirst();
            if (provider.isPresent()) {
                deferred.add(new Deferred(candidate, provider.get(), subject));
                providers.add(provider.get());
                later.add(star);
            }
        }
        List<StarSelection> first = selections.stream().filter(s -> !later.contains(s.star())).toList();
        return new Rounds(first, deferred);
    }
}
