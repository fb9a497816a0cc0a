package org.w3id.cailloux.node.research;

/** A second city's experiment for the network tests: a local currency, like Loos-en-Gohelle's manne. */
final class ResearchTestData {

    /** Grande-Synthe's solidarity currency, in the publishing API's JSON form. */
    static final String CURRENCY = """
            {"slug": "monnaie-solidaire",
             "title": {"fr": "Une monnaie solidaire pour les services entre habitants", "en": "A solidarity currency"},
             "summary": {"fr": "Une monnaie locale récompense les coups de main entre voisins."},
             "status": "running",
             "pillars": ["inhabitant-actor"],
             "themes": ["local-democracy"],
             "participationLevel": "co-decision",
             "devices": ["local-currency"],
             "startDate": "2022-03"}
            """;

    private ResearchTestData() {}
}
