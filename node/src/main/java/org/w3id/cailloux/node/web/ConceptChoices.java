package org.w3id.cailloux.node.web;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.cailloux.node.vocabulary.VocabularyPage;
import org.w3id.cailloux.node.vocabulary.VocabularyPage.ConceptRow;
import org.w3id.cailloux.node.vocabulary.VocabularyPage.SchemeSection;

/** The concepts the form's pickers offer, by scheme slug, with their labels and definitions from the vocabulary. */
@Singleton
public class ConceptChoices {

    private final Map<String, SchemeSection> schemes = new LinkedHashMap<>();

    ConceptChoices(VocabularyPage vocabulary) {
        vocabulary.schemes().forEach(s -> schemes.put(s.slug(), s));
    }

    /** The scheme with this slug, e.g. {@code themes}. */
    public SchemeSection scheme(String slug) {
        return schemes.get(slug);
    }

    /** The concepts of the scheme, in hierarchical order. */
    public List<ConceptRow> of(String schemeSlug) {
        SchemeSection scheme = schemes.get(schemeSlug);
        return scheme == null ? List.of() : scheme.concepts();
    }

    /** The French label of a concept given by its slug (or the slug itself when unknown). */
    public String label(String schemeSlug, String conceptSlug) {
        return of(schemeSlug).stream().filter(c -> c.slug().equals(conceptSlug) || c.iri().equals(conceptSlug))
                .map(ConceptRow::labelFr).findFirst().orElse(conceptSlug);
    }
}
