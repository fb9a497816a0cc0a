package org.w3id.cailloux.node.web;

import java.util.List;
import java.util.Map;

/** The French names of the staff form's fields, for the summary of messages, and where each field comes on the page. */
final class FieldLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("slug", "Nom court"), Map.entry("title.fr", "Titre (français)"), Map.entry("title.en", "Titre (anglais)"),
            Map.entry("summary.fr", "Résumé (français)"), Map.entry("summary.en", "Résumé (anglais)"),
            Map.entry("startDate", "Date de début"), Map.entry("endDate", "Date de fin"), Map.entry("status", "Statut"),
            Map.entry("territory", "Territoire"), Map.entry("pillars", "Piliers"), Map.entry("themes", "Thèmes"),
            Map.entry("participationLevel", "Niveau de participation"), Map.entry("devices", "Dispositifs"),
            Map.entry("inspiredBy", "Inspirée par"), Map.entry("adaptedFrom", "Adaptée de"), Map.entry("related", "Liée à"),
            Map.entry("sources", "Sources"), Map.entry("pages", "Pages web"), Map.entry("text.fr", "texte (français)"),
            Map.entry("text.en", "texte (anglais)"), Map.entry("date", "date"), Map.entry("type", "type"),
            Map.entry("description.fr", "description (français)"), Map.entry("description.en", "description (anglais)"),
            Map.entry("amount", "montant"), Map.entry("unit", "unité"), Map.entry("types", "types d'effet"),
            Map.entry("kind", "nature"), Map.entry("agent.iri", "adresse de l'acteur"), Map.entry("agent.name", "nom de l'acteur"),
            Map.entry("roles", "rôles"), Map.entry("note.fr", "note (français)"), Map.entry("note.en", "note (anglais)"),
            Map.entry("about", "à propos de"), Map.entry("creators", "auteurs"));

    private static final List<String> PAGE_ORDER = List.of("slug", "title.fr", "title.en", "summary.fr", "summary.en",
            "startDate", "endDate", "status", "territory", "pillars", "themes", "participationLevel", "devices");
    private static final List<String> LINKS_ORDER = List.of("inspiredBy", "adaptedFrom", "related", "sources", "pages");

    private FieldLabels() {}

    /** The name of a field, e.g. {@code Moyen engagé 1 › montant} for {@code means[0].amount}. */
    static String label(String name, FormFields fields) {
        FormFields.RowField row = FormFields.rowField(name);
        if (row != null) {
            String kind = PartKind.of(row.kind()).map(PartKind::labelFr).orElse(row.kind());
            int number = fields.rows(row.kind()).indexOf(row.index()) + 1;
            return kind + " " + number + " › " + LABELS.getOrDefault(row.name(), row.name());
        }
        return LABELS.getOrDefault(name, name);
    }

    /** Where a field comes on the page: the top fields, then the parts row by row, then the links. */
    static int rank(String name) {
        FormFields.RowField row = FormFields.rowField(name);
        if (row != null) {
            return 1_000 + PartKind.indexOf(row.kind()) * 100_000 + row.index() * 100;
        }
        int top = PAGE_ORDER.indexOf(name);
        int links = LINKS_ORDER.indexOf(name);
        return top >= 0 ? top : links >= 0 ? 10_000_000 + links : 20_000_000;
    }
}
