package org.w3id.cailloux.bench;

import java.util.Arrays;
import java.util.List;

/** Percentiles (nearest rank) and throughput of a series of sequential timings. */
public record LatencyStats(int count, double p50Millis, double p95Millis, double meanMillis, double perSecond) {

    /** The statistics of {@code nanos}, each the duration of one operation run one after the other. */
    public static LatencyStats of(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return new LatencyStats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        long total = Arrays.stream(sorted).sum();
        return new LatencyStats(sorted.length, millis(percentile(sorted, 50)), millis(percentile(sorted, 95)),
                millis(total / (double) sorted.length), sorted.length / (total / 1e9));
    }

    static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double millis(double nanos) {
        return nanos / 1e6;
    }
}
