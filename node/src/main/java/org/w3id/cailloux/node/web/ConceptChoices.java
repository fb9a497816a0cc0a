package org.w3id.cailloux.node.web;

import jakarta.inject.Singleton;
import java.util.List;
import org.w3id.cailloux.node.vocabulary.VocabularyPage;
import org.w3id.cailloux.node.vocabulary.VocabularyPage.ConceptRow;
import org.w3id.cailloux.node.vocabulary.VocabularyPage.SchemeSection;

/** The concepts the form's pickers offer, by scheme slug, with their labels and definitions from the vocabulary in force. */
@Singleton
public class ConceptChoices {

    private final VocabularyPage vocabulary;

    ConceptChoices(VocabularyPage vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The scheme with this slug, e.g. {@code themes}. */
    public SchemeSection scheme(String slug) {
        return vocabulary.scheme(slug).orElse(null);
    }

    /** The concepts of the scheme, in hierarchical order; deprecated ones too, which the form shows only when chosen. */
    public List<ConceptRow> of(String schemeSlug) {
        return vocabulary.scheme(schemeSlug).map(SchemeSection::concepts).orElse(List.of());
    }

    /** The French label of a concept given by its slug (or the slug itself when unknown). */
    public String label(String schemeSlug, String conceptSlug) {
        return of(schemeSlug).stream().filter(c -> c.slug().equals(conceptSlug) || c.iri().equals(conceptSlug))
                .map(ConceptRow::labelFr).findFirst().orElse(conceptSlug);
    }
}
