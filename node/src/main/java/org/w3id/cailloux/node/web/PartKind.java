package org.w3id.cailloux.node.web;

import java.util.List;
import java.util.Optional;

/** A repeating part of an experiment in the staff form: its JSON field, the prefix of its ids, its name in French. */
public record PartKind(String field, String idPrefix, String labelFr, String addLabel) {

    /** The repeating parts, in the order of the form. */
    public static final List<PartKind> ALL = List.of(
            new PartKind("narratives", "narrative", "Récit", "Ajouter un récit"),
            new PartKind("actors", "association", "Acteur impliqué", "Ajouter un acteur"),
            new PartKind("means", "means", "Moyen engagé", "Ajouter un moyen"),
            new PartKind("effects", "effect", "Effet", "Ajouter un effet"),
            new PartKind("lessons", "lesson", "Enseignement", "Ajouter un enseignement"),
            new PartKind("milestones", "milestone", "Caillou blanc", "Ajouter un caillou blanc"));

    /** The kind whose JSON field is {@code field}. */
    static Optional<PartKind> of(String field) {
        return ALL.stream().filter(k -> k.field().equals(field)).findFirst();
    }

    /** Where the kind comes in the form, or -1. */
    static int indexOf(String field) {
        return ALL.stream().map(PartKind::field).toList().indexOf(field);
    }
}
