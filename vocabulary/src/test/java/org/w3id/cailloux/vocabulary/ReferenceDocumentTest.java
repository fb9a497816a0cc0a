package org.w3id.cailloux.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps docs/vocabulary.md true: it must equal what the vocabulary generates. */
class ReferenceDocumentTest {

    private static final Path DOC = Path.of("..", "docs", "vocabulary.md");

    @Test
    void docsVocabularyMdIsUpToDate() throws IOException {
        String generated = new ReferenceDocument(TransitionVocabulary.load()).markdown();
        if (Boolean.getBoolean("cailloux.writeDocs")) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(DOC), "docs/vocabulary.md is missing: regenerate it (see its header)");
        assertEquals(generated, Files.readString(DOC, StandardCharsets.UTF_8),
                "docs/vocabulary.md is stale: mvn -pl vocabulary -am test -Dtest=ReferenceDocumentTest -Dsurefire.failIfNoSpecifiedTests=false -Dcailloux.writeDocs=true");
    }

    @Test
    void theReferenceListsEveryConceptInBothLanguages() {
        String generated = new ReferenceDocument(TransitionVocabulary.load()).markdown();
        assertTrue(generated.contains("`local-currency`"));
        assertTrue(generated.contains("| Monnaie locale") || generated.contains("monnaie locale"), "French label of local-currency");
        assertTrue(generated.contains("`cx:Experiment`"));
    }
}
