package org.w3id.cailloux.vocabulary;

import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.w3id.cailloux.vocabulary.quality.QualityCheck;
import org.w3id.cailloux.vocabulary.quality.QualityChecks;

/**
 * Prints how long the curation checks take on the shipped vocabulary once warm: 50 rounds, each
 * running every check once in turn as a review does; the median and maximum per check and per round.
 * A measuring tool run by hand, not a test: timings on a shared machine are no pass or fail.
 */
public final class QualityChecksTiming {

    private static final int WARM_UP = 300;
    private static final int ROUNDS = 50;

    private QualityChecksTiming() {
    }

    public static void main(String[] args) {
        TransitionVocabulary vocabulary = TransitionVocabulary.load();
        Graph graph = vocabulary.graph();
        QualityChecks checks = QualityChecks.curation(vocabulary.shapesGraph());
        int findings = 0;
        for (int i = 0; i < WARM_UP; i++) {
            findings += checks.run(graph).size();
        }
        List<QualityCheck> list = checks.checks();
        long[][] perCheck = new long[list.size()][ROUNDS];
        long[] rounds = new long[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            long roundStart = System.nanoTime();
            for (int c = 0; c < list.size(); c++) {
                long start = System.nanoTime();
                findings += list.get(c).run(graph).size();
                perCheck[c][round] = System.nanoTime() - start;
            }
            rounds[round] = System.nanoTime() - roundStart;
        }
        System.out.printf("%-32s %10s %10s%n", "check", "median ms", "max ms");
        for (int c = 0; c < list.size(); c++) {
            print(list.get(c).id(), perCheck[c]);
        }
        print("all " + list.size() + " curation checks", rounds);
        System.out.println("findings (the shipped vocabulary has none): " + findings);
    }

    private static void print(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double median = (sorted[ROUNDS / 2 - 1] + sorted[ROUNDS / 2]) / 2e6;
        System.out.printf("%-32s %10.3f %10.3f%n", name, median, sorted[ROUNDS - 1] / 1e6);
    }
}
