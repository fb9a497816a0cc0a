package org.w3id.cailloux.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.w3id.cailloux.vocabulary.Scheme;

/**
 * Synthetic experiments with a realistic variety (1-3 pillars and themes, a participation level,
 * devices, 0-3 means with amounts, 0-3 effects, 0-2 lessons, 0-4 dated milestones, French texts
 * and sometimes English titles, inspiration links to earlier experiments). The same seed always
 * gives the same experiments.
 */
public final class ExperimentGenerator {

    private static final String[] STATUSES = {"idea", "running", "running", "running", "running", "completed",
        "completed", "completed", "stopped", "running"};

    private final long seed;
    private final ConceptSlugs concepts;

    /** A generator drawing concepts from {@code concepts}, randomness from {@code seed}. */
    public ExperimentGenerator(long seed, ConceptSlugs concepts) {
        this.seed = seed;
        this.concepts = concepts;
    }

    /** The slug of the {@code index}-th experiment (from 0), known without generating it. */
    public static String slugOf(int index, String titleFr) {
        String ascii = Normalizer.normalize(titleFr, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String words = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (words.length() > 60 ? words.substring(0, 60).replaceAll("-$", "") : words) + "-" + String.format("%05d", index);
    }

    /** {@code count} experiments, the same for the same seed and count. */
    public List<ExperimentSpec> generate(int count) {
        Random random = new Random(seed);
        List<ExperimentSpec> experiments = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            experiments.add(next(random, i, experiments));
        }
        return experiments;
    }

    private ExperimentSpec next(Random random, int index, List<ExperimentSpec> earlier) {
        String[] head = pick(random, WordLists.HEADS);
        String complement = pick(random, WordLists.COMPLEMENTS);
        String place = pick(random, WordLists.PLACES);
        String titleFr = head[0] + " " + complement + " — quartier " + place;
        String titleEn = random.nextInt(4) == 0 ? head[1] + " — " + place + " district" : null;
        int startYear = 2008 + random.nextInt(18);
        String status = STATUSES[random.nextInt(STATUSES.length)];
        String summary = head[0] + " lancé en " + startYear + " par " + pick(random, WordLists.ACTORS) + " pour "
                + pick(random, WordLists.GOALS) + ". " + pick(random, WordLists.SENTENCES);
        return new ExperimentSpec(
                slugOf(index, head[0] + " " + complement),
                titleFr,
                titleEn,
                summary,
                status,
                date(random, startYear),
                status.equals("completed") || status.equals("stopped") ? String.valueOf(startYear + 1 + random.nextInt(4)) : null,
                some(random, Scheme.PILLARS, 1, 3),
                some(random, Scheme.THEMES, 1, 3),
                pick(random, concepts.of(Scheme.PARTICIPATION_LEVELS)),
                some(random, Scheme.DEVICES, 0, 3),
                narrative(random),
                means(random),
                effects(random),
                lessons(random),
                milestones(random, startYear),
                inspiredBy(random, index, earlier));
    }

    private static String date(Random random, int year) {
        return switch (random.nextInt(10)) {
            case 0, 1 -> String.valueOf(year);
            case 2, 3, 4, 5, 6 -> String.format("%d-%02d", year, 1 + random.nextInt(12));
            default -> String.format("%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        };
    }

    private ExperimentSpec.Narrative narrative(Random random) {
        StringBuilder text = new StringBuilder();
        int sentences = 3 + random.nextInt(3);
        for (int i = 0; i < sentences; i++) {
            text.append(i == 0 ? "" : " ").append(pick(random, WordLists.SENTENCES));
        }
        return new ExperimentSpec.Narrative(pick(random, WordLists.NARRATIVE_TITLES), text.toString());
    }

    private List<ExperimentSpec.Means> means(Random random) {
        List<ExperimentSpec.Means> means = new ArrayList<>();
        int count = random.nextInt(4);
        for (int i = 1; i <= count; i++) {
            String type = pick(random, concepts.of(Scheme.MEANS_TYPES));
            boolean costed = type.equals("budget") || random.nextInt(3) == 0;
            means.add(new ExperimentSpec.Means("means-" + i, type, pick(random, WordLists.MEANS),
                    costed ? 500L * (1 + random.nextInt(200)) : null, costed ? (type.equals("budget") ? "EUR" : "h") : null));
        }
        return means;
    }

    private List<ExperimentSpec.Effect> effects(Random random) {
        List<ExperimentSpec.Effect> effects = new ArrayList<>();
        int count = random.nextInt(4);
        for (int i = 1; i <= count; i++) {
            effects.add(new ExperimentSpec.Effect("effect-" + i, some(random, Scheme.EFFECT_TYPES, 1, 2),
                    pick(random, WordLists.EFFECTS)));
        }
        return effects;
    }

    private static List<ExperimentSpec.Lesson> lessons(Random random) {
        List<ExperimentSpec.Lesson> lessons = new ArrayList<>();
        int count = random.nextInt(3);
        for (int i = 1; i <= count; i++) {
            boolean success = random.nextBoolean();
            lessons.add(new ExperimentSpec.Lesson("lesson-" + i, success ? "success" : "limit",
                    pick(random, success ? WordLists.SUCCESSES : WordLists.LIMITS)));
        }
        return lessons;
    }

    private static List<ExperimentSpec.Milestone> milestones(Random random, int startYear) {
        List<ExperimentSpec.Milestone> milestones = new ArrayList<>();
        int count = random.nextInt(5);
        for (int i = 1; i <= count; i++) {
            int year = startYear + random.nextInt(4);
            String date = random.nextInt(10) < 7
                    ? String.format("%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28))
                    : String.format("%d-%02d", year, 1 + random.nextInt(12));
            milestones.add(new ExperimentSpec.Milestone("milestone-" + i, pick(random, WordLists.MILESTONES), date));
        }
        return milestones;
    }

    // About one experiment in three was inspired by one or two of the 50 before it: short chains form
    private static List<String> inspiredBy(Random random, int index, List<ExperimentSpec> earlier) {
        if (index == 0 || random.nextInt(3) != 0) {
            return List.of();
        }
        Set<String> sources = new LinkedHashSet<>();
        int count = 1 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            sources.add(earlier.get(Math.max(0, index - 1 - random.nextInt(50))).slug());
        }
        return List.copyOf(sources);
    }

    private List<String> some(Random random, Scheme scheme, int min, int max) {
        List<String> all = concepts.of(scheme);
        int count = min + random.nextInt(max - min + 1);
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < count) {
            chosen.add(pick(random, all));
        }
        return List.copyOf(chosen);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
