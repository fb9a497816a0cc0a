package org.w3id.cailloux.node.curation.change;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cailloux.vocabulary.Scheme;

/**
 * Reads the JSON form of a change against the vocabulary it would change: each field's type, the languages (French
 * and English, both required where a new concept or scheme needs them), and that every concept it names exists.
 * Every fault is reported at once ({@link InvalidChangeException}).
 */
public final class ChangeReader {

    /** The JSON names of texts that take one text a language; the others take a list. */
    static final Set<String> SINGLE_TEXTS = Set.of("prefLabel", "definition", "scopeNote", "example", "note", "reason");
    /** The kinds of change, as written in JSON. */
    public static final List<String> KINDS = List.of("new-concept", "change-texts", "move", "add-relation", "remove-relation",
            "deprecate", "merge", "new-scheme");

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    private static final Pattern HTTP_IRI = Pattern.compile("https?://[^\\s<>\"{}|\\\\^`]+");
    private static final Set<String> LANGUAGES = Set.of("fr", "en");
    private static final int MAX_TEXT = 2_000;

    private final Graph vocabulary;
    private final List<FieldError> errors = new ArrayList<>();

    private ChangeReader(Graph vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The change {@code json} describes, read against {@code vocabulary}. */
    public static Change read(Map<String, Object> json, Graph vocabulary) {
        ChangeReader reader = new ChangeReader(vocabulary);
        Change change = reader.change(json);
        if (!reader.errors.isEmpty()) {
            throw new InvalidChangeException(reader.errors);
        }
        return change;
    }

    private Change change(Map<String, Object> json) {
        Object kind = json.get("kind");
        if (!(kind instanceof String k) || !KINDS.contains(k)) {
            error("kind", "Le type de changement est l'un de " + KINDS + ".", "The kind of change is one of " + KINDS + ".");
            return null;
        }
        return switch (k) {
            case "new-concept" -> newConcept(json, "", scheme(json.get("scheme")));
            case "change-texts" -> changeTexts(json);
            case "move" -> new Move(concept(json, "concept"), concepts(json, "broader", true));
            case "add-relation", "remove-relation" -> relation(json, k.equals("add-relation"));
            case "deprecate" -> deprecate(json);
            case "merge" -> merge(json);
            case "new-scheme" -> newScheme(json);
            default -> throw new IllegalStateException(k);
        };
    }

    private NewConcept newConcept(Map<String, Object> json, String prefix, String scheme) {
        String slug = text(json, prefix, "slug");
        if (!SLUG.matcher(slug).matches()) {
            error(prefix + "slug", "Le nom court du concept n'a que des minuscules sans accent, des chiffres et des tirets (80 au plus), p. ex. gestion-de-l-eau.",
                    "The concept's slug has only lowercase letters without accents, digits and hyphens (80 at most), e.g. water-management.");
        } else if (scheme != null && exists(scheme + "/" + slug)) {
            error(prefix + "slug", "Le concept " + scheme + "/" + slug + " existe déjà.", "The concept " + scheme + "/" + slug + " exists already.");
        }
        Texts prefLabel = texts(json, prefix, "prefLabel", true);
        Texts definition = texts(json, prefix, "definition", true);
        Texts altLabel = texts(json, prefix, "altLabel", false);
        Texts scopeNote = texts(json, prefix, "scopeNote", false);
        List<String> broader = concepts(json, prefix + "broader", true);
        List<String> related = concepts(json, prefix + "related", true);
        List<String> sources = strings(json, prefix + "sources");
        return new NewConcept(scheme == null ? Scheme.NS + "unknown" : scheme, slug, prefLabel, altLabel, definition, scopeNote,
                broader, related, sources);
    }

    private ChangeTexts changeTexts(Map<String, Object> json) {
        String concept = concept(json, "concept");
        Map<String, Texts> texts = new LinkedHashMap<>();
        for (String name : ChangeTexts.PROPERTIES.keySet()) {
            if (json.containsKey(name)) {
                texts.put(name, texts(json, "", name, false));
            }
        }
        if (texts.isEmpty()) {
            error("prefLabel", "Donnez au moins un texte à changer : " + ChangeTexts.PROPERTIES.keySet() + ".",
                    "Give at least one text to change: " + ChangeTexts.PROPERTIES.keySet() + ".");
        }
        return new ChangeTexts(concept, texts);
    }

    private Relation relation(Map<String, Object> json, boolean add) {
        String concept = concept(json, "concept");
        Object relation = json.get("relation");
        Relation.Kind kind = relation instanceof String r ? Relation.KINDS.get(r) : null;
        if (kind == null) {
            error("relation", "La relation est l'une de " + Relation.KINDS.keySet() + ".", "The relation is one of " + Relation.KINDS.keySet() + ".");
            return new Relation(add, concept, "related", "");
        }
        String target = kind.mapping() ? iri(json, "target") : concept(json, "target");
        if (concept.equals(target)) {
            error("target", "Un concept n'est pas en relation avec lui-même.", "A concept is not related to itself.");
        }
        if (!add && errors.isEmpty() && !vocabulary.contains(Skos.iri(concept), kind.property(), Skos.iri(target))) {
            error("target", "Cette relation n'existe pas : rien à retirer.", "This relation does not exist: nothing to remove.");
        }
        return new Relation(add, concept, (String) relation, target);
    }

    private Deprecate deprecate(Map<String, Object> json) {
        String concept = concept(json, "concept");
        List<String> replacedBy = concepts(json, "replacedBy", true);
        Texts reason = reasonOf(json);
        if (replacedBy.isEmpty() && reason.isEmpty()) {
            error("reason", "Sans remplaçant, dites pourquoi le concept devient obsolète.", "Without a replacement, say why the concept is deprecated.");
        }
        if (replacedBy.contains(concept)) {
            error("replacedBy", "Un concept ne se remplace pas lui-même.", "A concept does not replace itself.");
        }
        if (vocabulary.contains(Skos.iri(concept), org.apache.jena.vocabulary.OWL.deprecated.asNode(), Node.ANY)) {
            error("concept", "Ce concept est déjà obsolète.", "This concept is deprecated already.");
        }
        return new Deprecate(concept, replacedBy, reason);
    }

    private Merge merge(Map<String, Object> json) {
        String concept = concept(json, "concept");
        String into = concept(json, "into");
        if (concept.equals(into)) {
            error("into", "Un concept ne se fusionne pas avec lui-même.", "A concept is not merged into itself.");
        }
        return new Merge(concept, into, reasonOf(json));
    }

    private NewScheme newScheme(Map<String, Object> json) {
        String slug = text(json, "", "slug");
        if (!SLUG.matcher(slug).matches()) {
            error("slug", "Le nom court du schéma n'a que des minuscules sans accent, des chiffres et des tirets.",
                    "The scheme's slug has only lowercase letters without accents, digits and hyphens.");
        } else if (vocabulary.contains(Skos.iri(Scheme.NS + slug), RDF.type.asNode(), SKOS.ConceptScheme.asNode())) {
            error("slug", "Le schéma " + slug + " existe déjà.", "The scheme " + slug + " exists already.");
        }
        Texts prefLabel = texts(json, "", "prefLabel", true);
        Texts definition = texts(json, "", "definition", true);
        List<NewConcept> concepts = new ArrayList<>();
        if (!(json.get("concepts") instanceof List<?> list) || list.isEmpty()) {
            error("concepts", "Un nouveau schéma vient avec au moins un concept de premier niveau.",
                    "A new scheme comes with at least one top concept.");
        } else {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof Map<?, ?> m) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> one = (Map<String, Object>) m;
                    concepts.add(newConcept(one, "concepts[" + i + "].", Scheme.NS + slug));
                } else {
                    error("concepts[" + i + "]", "Chaque concept est un objet JSON.", "Each concept is a JSON object.");
                }
            }
        }
        return new NewScheme(slug, prefLabel, definition, concepts);
    }

    private Texts reasonOf(Map<String, Object> json) {
        Object reason = json.get("reason");
        if (reason instanceof String s) {
            // A bare string is the proposer's own words: French, the network's language
            return s.isBlank() ? Texts.NONE : Texts.single(Map.of("fr", s.strip()));
        }
        return json.containsKey("reason") ? texts(json, "", "reason", false) : Texts.NONE;
    }

    private String scheme(Object value) {
        String slug = value instanceof String s ? s.strip() : "";
        String iri = slug.startsWith(Scheme.NS) ? slug : Scheme.NS + slug;
        if (slug.isEmpty() || !vocabulary.contains(Skos.iri(iri), RDF.type.asNode(), SKOS.ConceptScheme.asNode())) {
            error("scheme", "Le schéma est le nom court d'un schéma du vocabulaire, p. ex. themes.",
                    "The scheme is the slug of one of the vocabulary's schemes, e.g. themes.");
            return null;
        }
        return iri;
    }

    private String concept(Map<String, Object> json, String field) {
        Object value = json.get(field);
        String iri = value instanceof String s ? s.strip() : "";
        if (!exists(iri)) {
            error(field, "« " + iri + " » n'est pas un concept du vocabulaire : donnez l'IRI d'un concept existant.",
                    "“" + iri + "” is not a concept of the vocabulary: give the IRI of an existing concept.");
        }
        return iri;
    }

    private String iri(Map<String, Object> json, String field) {
        Object value = json.get(field);
        String iri = value instanceof String s ? s.strip() : "";
        if (!HTTP_IRI.matcher(iri).matches()) {
            error(field, "Donnez une IRI http(s).", "Give an http(s) IRI.");
        }
        return iri;
    }

    private List<String> concepts(Map<String, Object> json, String field, boolean optional) {
        Object value = json.get(field.substring(field.lastIndexOf('.') + 1));
        if (value == null && optional) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            error(field, "Une liste d'IRI de concepts.", "A list of concept IRIs.");
            return List.of();
        }
        List<String> iris = new ArrayList<>();
        for (Object o : list) {
            String iri = o instanceof String s ? s.strip() : "";
            if (!exists(iri)) {
                error(field, "« " + iri + " » n'est pas un concept du vocabulaire.", "“" + iri + "” is not a concept of the vocabulary.");
            } else if (!iris.contains(iri)) {
                iris.add(iri);
            }
        }
        return iris;
    }

    private List<String> strings(Map<String, Object> json, String field) {
        Object value = json.get(field.substring(field.lastIndexOf('.') + 1));
        if (value == null) {
            return List.of();
        }
        List<String> all = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof String s && !s.isBlank() && s.length() <= MAX_TEXT) {
                    all.add(s.strip());
                } else {
                    error(field, "Chaque source est un texte (une référence) ou une IRI.", "Each source is a text (a reference) or an IRI.");
                }
            }
        } else {
            error(field, "Une liste de sources.", "A list of sources.");
        }
        return all;
    }

    private String text(Map<String, Object> json, String prefix, String field) {
        return json.get(field) instanceof String s ? s.strip() : "";
    }

    /** {@code {"fr": "…", "en": "…"}} (or lists for labels that may be several); both languages when required. */
    private Texts texts(Map<String, Object> json, String prefix, String field, boolean required) {
        Object value = json.get(field);
        String name = prefix + field;
        if (value == null && !required) {
            return Texts.NONE;
        }
        if (!(value instanceof Map<?, ?> map)) {
            error(name, "Un objet par langue, p. ex. {\"fr\": \"…\", \"en\": \"…\"}.", "An object by language, e.g. {\"fr\": \"…\", \"en\": \"…\"}.");
            return Texts.NONE;
        }
        Map<String, List<String>> all = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String lang = String.valueOf(e.getKey());
            if (!LANGUAGES.contains(lang)) {
                error(name + "." + lang, "Les langues sont fr et en.", "The languages are fr and en.");
                continue;
            }
            List<String> values = new ArrayList<>();
            if (e.getValue() instanceof String s) {
                values.add(s);
            } else if (e.getValue() instanceof List<?> list && !SINGLE_TEXTS.contains(field)) {
                list.forEach(o -> values.add(o instanceof String s ? s : ""));
            } else {
                error(name + "." + lang, "Un texte.", "A text.");
                continue;
            }
            List<String> kept = new ArrayList<>();
            for (String v : values) {
                String clean = v.strip().replaceAll("\\s+", " ");
                if (clean.length() > MAX_TEXT) {
                    error(name + "." + lang, "Au plus " + MAX_TEXT + " caractères.", "At most " + MAX_TEXT + " characters.");
                } else if (!clean.isEmpty()) {
                    kept.add(clean);
                } else if (required) {
                    error(name + "." + lang, "Ce texte est vide : donnez-le en " + (lang.equals("fr") ? "français" : "anglais") + ".",
                            "This text is empty: give it in " + (lang.equals("fr") ? "French" : "English") + ".");
                }
            }
            all.put(lang, kept);
        }
        if (required) {
            for (String lang : List.of("fr", "en")) {
                if (!all.containsKey(lang) && !map.containsKey(lang)) {
                    error(name + "." + lang, "Donnez-le aussi en " + (lang.equals("fr") ? "français" : "anglais") + ".",
                            "Give it in " + (lang.equals("fr") ? "French" : "English") + " too.");
                }
            }
        }
        return new Texts(all);
    }

    private boolean exists(String iri) {
        return !iri.isEmpty() && Skos.isConcept(vocabulary, iri);
    }

    private void error(String field, String fr, String en) {
        errors.add(new FieldError(field, fr, en));
    }
}
