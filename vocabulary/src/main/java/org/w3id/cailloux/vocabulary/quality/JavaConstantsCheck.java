package org.w3id.cailloux.vocabulary.quality;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Set;
import java.util.TreeSet;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cailloux.vocabulary.CX;
import org.w3id.cailloux.vocabulary.Scheme;

/**
 * Checks that the Java constants and the Turtle agree: every term constant of a constants class is
 * defined (typed) in the vocabulary and every typed term of its namespace has a constant; likewise
 * for the {@link Scheme} enum and the concept schemes.
 */
public final class JavaConstantsCheck implements QualityCheck {

    /** The identifier of this check. */
    public static final String ID = "java-constants-match-turtle";

    private final Class<?> constants;
    private final String namespace;

    /** Checks {@link CX} against the {@code cx:} namespace. */
    public JavaConstantsCheck() {
        this(CX.class, CX.NS);
    }

    /** Checks any constants class against the terms of one namespace. */
    public JavaConstantsCheck(Class<?> constants, String namespace) {
        this.constants = constants;
        this.namespace = namespace;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A Java constant has no term in the Turtle, or a term or concept scheme of the Turtle has no Java constant.";
    }

    @Override
    public String descriptionFr() {
        return "Une constante Java n'a pas de terme dans le Turtle, ou un terme ou un schéma de concepts du Turtle n'a pas de constante Java.";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.BLOCKING;
    }

    @Override
    public List<QualityIssue> run(Graph vocabulary) {
        List<QualityIssue> issues = new ArrayList<>();
        Set<String> javaTerms = constantIris();
        Set<String> turtleTerms = new TreeSet<>();
        vocabulary.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(namespace)) {
                turtleTerms.add(t.getSubject().getURI());
            }
        });
        for (String iri : javaTerms) {
            if (!turtleTerms.contains(iri)) {
                issues.add(new QualityIssue(ID, iri, "Java constant " + constants.getSimpleName() + " has no definition in the Turtle"));
            }
        }
        for (String iri : turtleTerms) {
            if (!javaTerms.contains(iri)) {
                issues.add(new QualityIssue(ID, iri, "term of the Turtle has no constant in " + constants.getSimpleName()));
            }
        }
        checkSchemes(vocabulary, issues);
        return issues;
    }

    private void checkSchemes(Graph vocabulary, List<QualityIssue> issues) {
        Set<String> enumSchemes = new TreeSet<>();
        for (Scheme scheme : Scheme.values()) {
            enumSchemes.add(scheme.iri());
            if (!vocabulary.contains(NodeFactory.createURI(scheme.iri()), RDF.type.asNode(), SKOS.ConceptScheme.asNode())) {
                issues.add(new QualityIssue(ID, scheme.iri(), "Scheme." + scheme.name() + " is no skos:ConceptScheme in the Turtle"));
            }
        }
        Set<String> turtleSchemes = new TreeSet<>();
        vocabulary.find(Node.ANY, RDF.type.asNode(), SKOS.ConceptScheme.asNode()).forEachRemaining(t -> {
            if (t.getSubject().isURI()) {
                turtleSchemes.add(t.getSubject().getURI());
            }
        });
        for (String iri : turtleSchemes) {
            if (!enumSchemes.contains(iri)) {
                issues.add(new QualityIssue(ID, iri, "concept scheme of the Turtle has no constant in Scheme"));
            }
        }
    }

    private Set<String> constantIris() {
        Set<String> iris = new TreeSet<>();
        for (Field field : constants.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                try {
                    Resource term = (Resource) field.get(null);
                    if (term.isURIResource() && term.getURI().startsWith(namespace)) {
                        iris.add(term.getURI());
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("Cannot read constant " + field, e);
                }
            }
        }
        return iris;
    }
}
