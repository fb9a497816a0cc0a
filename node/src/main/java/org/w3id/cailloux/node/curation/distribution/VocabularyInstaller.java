package org.w3id.cailloux.node.curation.distribution;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cailloux.node.curation.review.Finding;
import org.w3id.cailloux.node.curation.review.Reviewer;
import org.w3id.cailloux.node.index.QueryIndex;
import org.w3id.cailloux.node.publishing.StorageException;
import org.w3id.cailloux.node.vocabulary.LiveVocabulary;
import org.w3id.cailloux.node.vocabulary.SemanticVersion;
import org.w3id.cailloux.node.vocabulary.VocabularyInstallations;
import org.w3id.cailloux.vocabulary.TransitionVocabulary;
import org.w3id.cailloux.node.database.Rollback;

/**
 * Takes up a release (with the hub's candidate concepts): checks it, then stores it, queues it for the query index and
 * puts it in force, in that order and all at once, or not at all. A release that has no version or brings blocking
 * findings of its own is refused whole, and the node keeps the vocabulary it runs.
 */
@Singleton
public class VocabularyInstaller {

    private static final Logger LOG = LoggerFactory.getLogger(VocabularyInstaller.class);

    /** What an attempt gave: taken up, already in force, or refused with the reason. */
    public record Outcome(boolean installed, String version, String refusal) {}

    private final LiveVocabulary live;
    private final VocabularyInstallations installations;
    private final QueryIndex index;
    private final Reviewer reviewer;
    private volatile String candidatesTag;

    VocabularyInstaller(LiveVocabulary live, VocabularyInstallations installations, QueryIndex index, Reviewer reviewer) {
        this.live = live;
        this.installations = installations;
        this.index = index;
        this.reviewer = reviewer;
        this.candidatesTag = installations.history().stream().findFirst()
                .filter(i -> i.version().equals(live.current().version()))
                .map(VocabularyInstallations.Installation::candidatesTag).orElse("");
    }

    /** The tag of the candidates taken up with the vocabulary in force ("" when none were). */
    public String candidatesTag() {
        return candidatesTag;
    }

    /**
     * Takes up {@code release} with {@code candidates} (tagged {@code tag}) from {@code source}, unless it is in force
     * already; {@code severities} are the hub's, by check id (a check not named has its default severity).
     */
    public synchronized Outcome install(Graph release, Graph candidates, String tag, int candidateCount, String source,
                                        Map<String, String> severities) {
        TransitionVocabulary releaseAlone = TransitionVocabulary.of(release, live.shipped().shapesGraph());
        String version = releaseAlone.version();
        if (!SemanticVersion.isValid(version)) {
            return refused(version, "the release has no owl:versionInfo of the form major.minor.patch");
        }
        String current = live.current().version();
        if (SemanticVersion.isValid(current) && SemanticVersion.parse(version).compareTo(SemanticVersion.parse(current)) < 0) {
            return refused(version, "this node runs " + current + ", a later version");
        }
        if (version.equals(current) && tag.equals(candidatesTag)) {
            return new Outcome(false, version, null);
        }
        List<Finding> blocking = reviewer.check(release, severities).stream().filter(Finding::blocking).toList();
        if (!blocking.isEmpty()) {
            return refused(version, blocking.size() + " blocking finding(s), first " + blocking.get(0).check() + " on <"
                    + blocking.get(0).focus() + ">");
        }
        Graph all = Reviewer.copy(release);
        candidates.find().forEachRemaining(all::add);
        TransitionVocabulary vocabulary = TransitionVocabulary.of(all, live.shipped().shapesGraph());
        index.write(() -> {
            try (Connection c = installations.connection()) {
                c.setAutoCommit(false);
                long change;
                try {
                    change = installations.record(c, vocabulary, candidateCount, tag, source);
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    Rollback.after(c, e);
                    throw e;
                }
                live.replace(vocabulary);
                candidatesTag = tag;
                return new QueryIndex.Committed<>(null, Map.of(QueryIndex.VOCABULARY_GRAPH, vocabulary.graph()), change);
            } catch (SQLException e) {
                throw new StorageException("Cannot store the vocabulary taken up", e);
            }
        });
        LOG.info("Vocabulary {} taken up from {} ({} candidate concept(s))", version, source, candidateCount);
        return new Outcome(true, version, null);
    }

    private static Outcome refused(String version, String why) {
        LOG.warn("Vocabulary {} refused: {}; the node keeps the vocabulary it runs", version, why);
        return new Outcome(false, version, why);
    }
}
