package org.w3id.cailloux.federation.bench;

import java.util.List;

/**
 * The comparison queries of the federation benchmark: what researchers ask of the network. Each is
 * written so that RDF4J FedX, which sees the union of the endpoints' default graphs (each with its own
 * copy of the vocabulary), means the same thing: per city through {@code dct:spatial}, DISTINCT where
 * a vocabulary pattern would otherwise repeat once per node.
 *
 * @param name      a short name for the table
 * @param crossCity whether the query joins data of different cities (bound joins may need more requests)
 * @param sparql    the query
 */
record Workload(String name, boolean crossCity, String sparql) {

    private static final String PREFIXES = """
            PREFIX cx: <https://w3id.org/cailloux/ns#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <http://schema.org/>
            PREFIX adms: <http://www.w3.org/ns/adms#>
            PREFIX lv: <https://w3id.org/cailloux/scheme/participation-levels/>
            """;

    static List<Workload> all() {
        return List.of(
                new Workload("count per theme per city", false, PREFIXES + """
                        SELECT ?city ?theme (COUNT(?e) AS ?n) WHERE {
                          ?e a cx:Experiment ; dct:spatial ?city ; cx:theme ?theme .
                        } GROUP BY ?city ?theme"""),
                new Workload("co-construction experiments with their means", false, PREFIXES + """
                        SELECT ?e ?type ?amount WHERE {
                          ?e cx:participationLevel lv:co-construction ; cx:meansEngaged ?m .
                          ?m cx:meansType ?type .
                          OPTIONAL { ?m schema:value ?amount }
                        }"""),
                new Workload("cross-city inspiration chains (2 hops)", true, PREFIXES + """
                        SELECT ?third ?second ?first ?title WHERE {
                          ?third cx:inspiredBy ?second .
                          ?second cx:inspiredBy ?first .
                          ?first dct:title ?title . FILTER(lang(?title) = "fr")
                        }"""),
                new Workload("inspired by another city, with both cities", true, PREFIXES + """
                        SELECT ?e ?city ?source ?sourceCity WHERE {
                          ?e cx:inspiredBy ?source ; dct:spatial ?city .
                          ?source dct:spatial ?sourceCity .
                        }"""),
                new Workload("label look-up: experiments on « mobilité »", false, PREFIXES + """
                        SELECT DISTINCT ?e ?title WHERE {
                          ?theme skos:prefLabel "mobilité"@fr .
                          ?e cx:theme ?theme ; dct:title ?title . FILTER(lang(?title) = "fr")
                        }"""),
                new Workload("LIMIT 10 over the union", false, PREFIXES + """
                        SELECT ?e ?title WHERE {
                          ?e a cx:Experiment ; dct:title ?title . FILTER(lang(?title) = "fr")
                        } LIMIT 10"""),
                new Workload("ORDER BY title LIMIT 10 over the union", false, PREFIXES + """
                        SELECT ?e ?title WHERE {
                          ?e a cx:Experiment ; dct:title ?title . FILTER(lang(?title) = "fr")
                        } ORDER BY ?title LIMIT 10"""),
                new Workload("count per status", false, PREFIXES + """
                        SELECT ?status (COUNT(?e) AS ?n) WHERE {
                          ?e a cx:Experiment ; adms:status ?status .
                        } GROUP BY ?status"""),
                new Workload("territories with population", false, PREFIXES + """
                        SELECT ?t ?name ?population WHERE {
                          ?t a cx:Territory ; schema:name ?name ; cx:population ?population .
                        }"""),
                new Workload("budget total per city", false, PREFIXES + """
                        SELECT ?city (SUM(?amount) AS ?total) WHERE {
                          ?e dct:spatial ?city ; cx:meansEngaged ?m .
                          ?m schema:value ?amount .
                        } GROUP BY ?city"""));
    }
}
