package vn.ktgs.benchmark;

import java.util.Arrays;
import java.util.function.Supplier;

/** Times a query after warming it up: p50, p95 and p99 in milliseconds, one thread. */
final class Percentiles {

    private Percentiles() {
    }

    static double[] of(Supplier<?> query, int warmup, int runs) {
        for (int i = 0; i < warmup; i++) {
            query.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            query.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[runs / 2], ms[(int) (runs * 0.95)], ms[(int) (runs * 0.99)]};
    }
}
