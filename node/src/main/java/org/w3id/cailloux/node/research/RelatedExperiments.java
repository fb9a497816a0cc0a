package org.w3id.cailloux.node.research;

import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cailloux.node.NodeIdentity;
import org.w3id.cailloux.node.research.ConceptLabels.Concept;

/** Experiments of other cities that share a device or a theme with one of this node's, found over the network. */
@Singleton
public class RelatedExperiments {

    private static final Logger LOG = LoggerFactory.getLogger(RelatedExperiments.class);

    private final NetworkCatalogue catalogue;
    private final ConceptLabels labels;
    private final NodeIdentity identity;

    RelatedExperiments(NetworkCatalogue catalogue, ConceptLabels labels, NodeIdentity identity) {
        this.catalogue = catalogue;
        this.labels = labels;
        this.identity = identity;
    }

    /** Another city's experiment and what it shares: devices first, then themes. */
    public record Related(NetworkExperiment experiment, List<Concept> devices, List<Concept> themes) {}

    /** What the experiment page shows: the related experiments, and whether asking the network failed. */
    public record Answer(List<Related> related, boolean failed) {}

    /** Related experiments of this node's experiment {@code iri}; never fails the page: a failure is reported as such. */
    public Answer of(String iri) {
        try {
            List<NetworkExperiment> all = catalogue.experiments();
            Optional<NetworkExperiment> self = all.stream()
                    .filter(e -> e.iri().equals(iri) && e.city().equals(identity.nodeIri())).findFirst();
            if (self.isEmpty()) {
                return new Answer(List.of(), false);
            }
            Map<String, Concept> concepts = labels.all();
            List<Related> related = all.stream()
                    .filter(e -> !e.city().equals(identity.nodeIri()))
                    .map(e -> new Related(e, shared(self.get().devices(), e.devices(), concepts),
                            shared(self.get().themes(), e.themes(), concepts)))
                    .filter(r -> !r.devices().isEmpty() || !r.themes().isEmpty())
                    .sorted(Comparator.comparingInt((Related r) -> -r.devices().size())
                            .thenComparingInt(r -> -r.themes().size())
                            .thenComparing(r -> r.experiment().cityName()))
                    .toList();
            return new Answer(related, false);
        } catch (RuntimeException e) {
            LOG.warn("Related experiments of {} could not be read from the network: {}", iri, e.getMessage());
            return new Answer(List.of(), true);
        }
    }

    private static List<Concept> shared(Set<String> mine, Set<String> theirs, Map<String, Concept> concepts) {
        return mine.stream().filter(theirs::contains).map(c -> concepts.getOrDefault(c, Concept.unknown(c)))
                .sorted(Comparator.comparing(Concept::fr)).toList();
    }
}
