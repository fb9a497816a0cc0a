package org.w3id.cailloux.node.vocabulary;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cailloux.vocabulary.TransitionVocabulary;

/**
 * The vocabulary this node runs now: the last one it took up ({@link VocabularyInstallations}), or the one shipped
 * with the node when it never took one up or ships a newer one. A release taken up replaces it at once for
 * validation, pages and federation; what is derived from it is made again on first use ({@link #derive}).
 */
@Singleton
public class LiveVocabulary {

    private static final Logger LOG = LoggerFactory.getLogger(LiveVocabulary.class);

    private final AtomicReference<TransitionVocabulary> current;
    private final TransitionVocabulary shipped;
    private final List<Consumer<TransitionVocabulary>> listeners = new CopyOnWriteArrayList<>();
    private volatile java.time.Instant since;

    LiveVocabulary(VocabularyInstallations installations) {
        this.shipped = TransitionVocabulary.load();
        TransitionVocabulary installed = installations.latest(shipped.shapesGraph()).orElse(null);
        TransitionVocabulary chosen = installed == null
                || SemanticVersion.parse(shipped.version()).compareTo(SemanticVersion.parse(installed.version())) > 0
                ? shipped : installed;
        if (installed != null && chosen == shipped) {
            LOG.info("This node ships vocabulary {}, newer than the {} it took up before: it runs {}", shipped.version(),
                    installed.version(), shipped.version());
        }
        this.current = new AtomicReference<>(chosen);
        this.since = chosen == installed ? installations.history().get(0).installedAt() : java.time.Instant.now();
    }

    /** When the vocabulary in force was put in force (for the node's start when it is the shipped one), to the second. */
    public java.time.Instant since() {
        return since.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    /** The vocabulary in force. */
    public TransitionVocabulary current() {
        return current.get();
    }

    /** The vocabulary shipped with this node (release {@value TransitionVocabulary#VERSION} or later). */
    public TransitionVocabulary shipped() {
        return shipped;
    }

    /** Puts {@code vocabulary} in force; called by the installer once it is stored, as it is queued for the query index. */
    public void replace(TransitionVocabulary vocabulary) {
        current.set(vocabulary);
        since = java.time.Instant.now();
        listeners.forEach(l -> l.accept(vocabulary));
    }

    /** Calls {@code listener} with every vocabulary put in force from now on. */
    public void onChange(Consumer<TransitionVocabulary> listener) {
        listeners.add(listener);
    }

    /** What {@code make} derives from the vocabulary in force, made again the first time it is asked after a change. */
    public <T> Supplier<T> derive(Function<TransitionVocabulary, T> make) {
        return new Supplier<>() {
            private volatile Derived<T> last;

            @Override
            public T get() {
                TransitionVocabulary now = current();
                Derived<T> d = last;
                if (d == null || d.from() != now) {
                    d = new Derived<>(now, make.apply(now));
                    last = d;
                }
                return d.value();
            }
        };
    }

    private record Derived<T>(TransitionVocabulary from, T value) {}
}
