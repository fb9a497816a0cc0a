package org.w3id.cailloux.federation.bench;

import java.util.List;
import java.util.Random;

/**
 * Generated sample cities for the federation benchmark: each node's experiments as a Turtle template
 * (relative IRIs, other nodes as {@code {{N0}}}, {@code {{N1}}}...), from a fixed seed so that every
 * run publishes the same data. Every territory is named "Ville-Exemple-Nk (données d'exemple)".
 */
final class ExperimentGenerator {

    private static final List<String> STATUSES = List.of("idea", "running", "completed", "stopped");
    private static final List<String> PILLARS = List.of("memory-and-narrative", "citizen-involvement", "inhabitant-actor",
            "systemic-action", "innovation-and-the-real", "star-and-white-pebbles", "small-victories");
    private static final List<String> THEMES = List.of("energy-transition", "renewable-energy", "energy-efficiency",
            "food-system", "organic-food", "sustainable-agriculture", "biodiversity", "eco-construction", "social-action",
            "employment-and-inclusion", "economic-development", "local-democracy", "culture", "heritage-and-memory",
            "mobility", "public-organisation");
    private static final List<String> LEVELS = List.of("information", "consultation", "concertation", "co-construction",
            "co-decision", "citizen-led");
    private static final List<String> MEANS = List.of("budget", "agent-time", "volunteer-time", "partners", "tools");

    private final long seed;

    ExperimentGenerator(long seed) {
        this.seed = seed;
    }

    /** The placeholder standing for node {@code k}'s IRI. */
    static String placeholder(int k) {
        return "{{N" + k + "}}";
    }

    /** Node {@code k}'s Turtle: its territory and {@code count} experiments, about a tenth inspired by another node's. */
    String node(int k, int nodes, int count) {
        Random random = new Random(seed * 1_000_003L + k);
        StringBuilder ttl = new StringBuilder(count * 900);
        ttl.append("""
                # DONNÉES D'EXEMPLE générées pour le banc d'essai de la fédération (graine fixe) : territoire fictif.
                @prefix cx: <https://w3id.org/cailloux/ns#> .
                @prefix st: <https://w3id.org/cailloux/scheme/statuses/> .
                @prefix pi: <https://w3id.org/cailloux/scheme/pillars/> .
                @prefix th: <https://w3id.org/cailloux/scheme/themes/> .
                @prefix lv: <https://w3id.org/cailloux/scheme/participation-levels/> .
                @prefix mt: <https://w3id.org/cailloux/scheme/means-types/> .
                @prefix dct: <http://purl.org/dc/terms/> .
                @prefix schema: <http://schema.org/> .
                @prefix adms: <http://www.w3.org/ns/adms#> .
                @prefix igeo: <http://rdf.insee.fr/def/geo#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

                """);
        ttl.append("<territory> a cx:Territory ; schema:name \"Ville-Exemple-N").append(k).append(" (données d'exemple)\" ;\n")
                .append("    igeo:codeINSEE \"").append(String.format("%05d", 100 + k)).append("\" ; cx:population ")
                .append(1000 + random.nextInt(50_000)).append(" ;\n")
                .append("    rdfs:comment \"Données d'exemple générées : territoire fictif.\"@fr .\n\n");
        for (int i = 0; i < count; i++) {
            String slug = "x" + k + "-" + i;
            String theme = pick(random, THEMES);
            ttl.append("<experiments/").append(slug).append("> a cx:Experiment ;\n")
                    .append("    dct:title \"Expérimentation ").append(k).append('-').append(i).append(" : ").append(theme)
                    .append(" (exemple)\"@fr , \"Experiment ").append(k).append('-').append(i).append(" (sample)\"@en ;\n")
                    .append("    dct:abstract \"Données d'exemple générées, graine ").append(seed).append(".\"@fr ;\n")
                    .append("    adms:status st:").append(pick(random, STATUSES)).append(" ;\n")
                    .append("    dct:spatial <territory> ;\n")
                    .append("    cx:pillar pi:").append(pick(random, PILLARS)).append(" ;\n")
                    .append("    cx:theme th:").append(theme);
            if (random.nextInt(3) == 0) {
                String second = pick(random, THEMES);
                if (!second.equals(theme)) {
                    ttl.append(" , th:").append(second);
                }
            }
            ttl.append(" ;\n");
            if (random.nextInt(10) < 7) {
                ttl.append("    cx:participationLevel lv:").append(pick(random, LEVELS)).append(" ;\n");
            }
            if (nodes > 1 && random.nextInt(10) == 0) {
                int other = (k + 1 + random.nextInt(nodes - 1)) % nodes;
                ttl.append("    cx:inspiredBy <").append(placeholder(other)).append("experiments/x").append(other).append('-')
                        .append(random.nextInt(count)).append("> ;\n");
            }
            if (random.nextBoolean()) {
                String means = pick(random, MEANS);
                ttl.append("    cx:meansEngaged <experiments/").append(slug).append("#means-1> .\n")
                        .append("<experiments/").append(slug).append("#means-1> a cx:MeansEngaged ; cx:meansType mt:").append(means)
                        .append(" ;\n    dct:description \"Moyen d'exemple.\"@fr");
                if (means.equals("budget")) {
                    ttl.append(" ;\n    schema:value ").append(1000 * (1 + random.nextInt(200))).append(" ; schema:unitText \"EUR\"");
                }
                ttl.append(" .\n\n");
            } else {
                ttl.setLength(ttl.length() - 2);
                ttl.append(" .\n\n");
            }
        }
        return ttl.toString();
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
