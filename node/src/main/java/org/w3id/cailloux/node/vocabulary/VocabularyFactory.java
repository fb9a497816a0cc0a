package org.w3id.cailloux.node.vocabulary;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.w3id.cailloux.vocabulary.TransitionVocabulary;

/** The node's local copy of the vocabulary, parsed once. */
@Factory
public class VocabularyFactory {

    @Singleton
    TransitionVocabulary transitionVocabulary() {
        return TransitionVocabulary.load();
    }
}
