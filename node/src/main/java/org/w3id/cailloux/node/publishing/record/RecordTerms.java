package org.w3id.cailloux.node.publishing.record;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cailloux.vocabulary.ADMS;
import org.w3id.cailloux.vocabulary.CX;
import org.w3id.cailloux.vocabulary.PROV;

/**
 * The terms a record uses, as graph nodes. Schema.org is {@code http://schema.org/} here, as in the
 * vocabulary (Jena's {@code SchemaDO} uses {@code https://}).
 */
final class RecordTerms {

    static {
        // Jena must initialise before its vocabulary classes, or RDF.type meets a half-built NodeFactory
        JenaSystem.init();
    }

    /** The schema.org namespace used by the vocabulary. */
    static final String SCHEMA = "http://schema.org/";

    static final Node TYPE = RDF.type.asNode();
    static final Node COMMENT = RDFS.comment.asNode();

    static final Node EXPERIMENT = n(CX.Experiment);
    static final Node NARRATIVE_CLASS = n(CX.Narrative);
    static final Node DEMOCRATIC_LIFE_NARRATIVE = n(CX.DemocraticLifeNarrative);
    static final Node MEANS_CLASS = n(CX.MeansEngaged);
    static final Node EFFECT_CLASS = n(CX.Effect);
    static final Node LESSON_CLASS = n(CX.Lesson);
    static final Node MILESTONE_CLASS = n(CX.Milestone);
    static final Node ASSOCIATION_CLASS = n(PROV.Association);

    static final Node TITLE = n(DCTerms.title);
    static final Node ABSTRACT = n(DCTerms.abstract_);
    static final Node DESCRIPTION = n(DCTerms.description);
    static final Node SOURCE = n(DCTerms.source);
    static final Node CREATOR = n(DCTerms.creator);
    static final Node RELATION = n(DCTerms.relation);
    static final Node SPATIAL = n(DCTerms.spatial);
    static final Node DATE = n(DCTerms.date);
    static final Node STATUS = n(ADMS.status);

    static final Node START_DATE = schema("startDate");
    static final Node END_DATE = schema("endDate");
    static final Node TEXT = schema("text");
    static final Node ABOUT = schema("about");
    static final Node VALUE = schema("value");
    static final Node UNIT_TEXT = schema("unitText");

    static final Node NARRATIVE = n(CX.narrative);
    static final Node MILESTONE = n(CX.milestone);
    static final Node MEANS = n(CX.meansEngaged);
    static final Node EFFECT = n(CX.effect);
    static final Node LESSON = n(CX.lesson);
    static final Node PILLAR = n(CX.pillar);
    static final Node THEME = n(CX.theme);
    static final Node PARTICIPATION_LEVEL = n(CX.participationLevel);
    static final Node DEVICE = n(CX.device);
    static final Node INSPIRED_BY = n(CX.inspiredBy);
    static final Node ADAPTED_FROM = n(CX.adaptedFrom);
    static final Node MEANS_TYPE = n(CX.meansType);
    static final Node EFFECT_TYPE = n(CX.effectType);
    static final Node LESSON_KIND = n(CX.lessonKind);

    static final Node QUALIFIED_ASSOCIATION = n(PROV.qualifiedAssociation);
    static final Node AGENT = n(PROV.agent);
    static final Node HAD_ROLE = n(PROV.hadRole);

    static final Node NAME = n(FOAF.name);
    static final Node PAGE = n(FOAF.page);
    static final Node FOAF_AGENT = n(FOAF.Agent);
    static final Node FOAF_PERSON = n(FOAF.Person);
    static final Node FOAF_GROUP = n(FOAF.Group);
    static final Node FOAF_ORGANIZATION = n(FOAF.Organization);
    static final Node ORG_ORGANIZATION = n(ORG.Organization);

    private RecordTerms() {}

    private static Node n(Resource resource) {
        return resource.asNode();
    }

    private static Node schema(String local) {
        return NodeFactory.createURI(SCHEMA + local);
    }
}
