package nl.rechtshulp.turnaround;

import java.util.TreeMap;

/**
 * Durations counted in classes 5% wide (the first holds everything under an hour), from which percentiles are read
 * with an error of at most 2.5%: what the statistics show with one decimal in days. The same classes are computed by
 * the database ({@link #BUCKET_SQL}) when it fills the monthly histograms.
 */
final class DurationHistogram {

    static final double RATIO = 1.05;
    private static final double HOUR = 3600.0;
    /**
     * The class of a duration in seconds, in SQL both H2 and PostgreSQL run; the argument is the column. In floating
     * point: the logarithm of a decimal number is many times slower.
     */
    static final String BUCKET_SQL = "case when %1$s < 3600 then 0 else 1 + cast(floor(ln(cast(%1$s as double precision)"
            + " / 3600) / cast(0.04879016416943205 as double precision)) as integer) end";

    private final TreeMap<Integer, Long> counts = new TreeMap<>();
    private long total;

    static int bucketOf(double seconds) {
        return seconds < HOUR ? 0 : 1 + (int) Math.floor(Math.log(seconds / HOUR) / Math.log(RATIO));
    }

    void add(int bucket, long requests) {
        if (requests > 0) {
            counts.merge(bucket, requests, Long::sum);
            total += requests;
        }
    }

    long total() {
        return total;
    }

    /**
     * The percentile as {@code percentile_cont} defines it (rank p × (n − 1), interpolated), each request placed
     * evenly within its class.
     */
    Double percentile(double p) {
        if (total == 0) {
            return null;
        }
        double rank = p * (total - 1);
        long below = (long) Math.floor(rank);
        double lower = valueAt(below);
        double upper = valueAt(Math.min(below + 1, total - 1));
        return lower + (upper - lower) * (rank - below);
    }

    /** The value of the request at a 0-based rank, spread evenly over its class. */
    private double valueAt(long rank) {
        long before = 0;
        for (var entry : counts.entrySet()) {
            long count = entry.getValue();
            if (rank < before + count) {
                double position = (rank - before + 0.5) / count;
                double from = lowerBound(entry.getKey());
                double to = upperBound(entry.getKey());
                return from + (to - from) * position;
            }
            before += count;
        }
        throw new IllegalStateException("rank " + rank + " beyond " + total);
    }

    private static double lowerBound(int bucket) {
        return bucket == 0 ? 0 : HOUR * Math.pow(RATIO, bucket - 1);
    }

    private static double upperBound(int bucket) {
        return bucket == 0 ? HOUR : HOUR * Math.pow(RATIO, bucket);
    }
}
