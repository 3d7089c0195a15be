package nl.rechtshulp.turnaround;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DurationHistogramTests {

    private static final double DAY = 86_400;

    @Test
    void percentilesFromTheClassesStayWithinTwoAndAHalfPercentOfTheExactOnes() {
        Random random = new Random(7);
        double[] durations = new double[20_000];
        DurationHistogram histogram = new DurationHistogram();
        for (int i = 0; i < durations.length; i++) {
            // Log-normal around a month, from hours to years, as turnaround times are.
            durations[i] = Math.exp(Math.log(30 * DAY) + random.nextGaussian() * 1.2);
            histogram.add(DurationHistogram.bucketOf(durations[i]), 1);
        }
        Arrays.sort(durations);
        for (double p : new double[] {0.1, 0.5, 0.9}) {
            double exact = exactPercentile(durations, p);
            assertThat(histogram.percentile(p)).as("p%s", p * 100).isCloseTo(exact, within(exact * 0.025));
        }
        assertThat(histogram.total()).isEqualTo(20_000);
    }

    @Test
    void theDatabaseAndJavaPutADurationInTheSameClass() {
        assertThat(DurationHistogram.bucketOf(0)).isZero();
        assertThat(DurationHistogram.bucketOf(3599)).isZero();
        assertThat(DurationHistogram.bucketOf(3600)).isEqualTo(1);
        assertThat(DurationHistogram.bucketOf(3600 * 1.05)).isEqualTo(2);
        assertThat(Math.log(DurationHistogram.RATIO)).isCloseTo(0.04879016416943205, within(1e-15));
        assertThat(DurationHistogram.BUCKET_SQL.formatted("x")).contains("ln(cast(x as double precision) / 3600)",
                "0.04879016416943205");
    }

    @Test
    void aSingleRequestIsItsOwnPercentileAndAnEmptyHistogramHasNone() {
        DurationHistogram one = new DurationHistogram();
        one.add(DurationHistogram.bucketOf(10 * DAY), 1);
        assertThat(one.percentile(0.5)).isCloseTo(10 * DAY, within(10 * DAY * 0.025));
        assertThat(new DurationHistogram().percentile(0.5)).isNull();
    }

    private static double exactPercentile(double[] sorted, double p) {
        double rank = p * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (sorted[above] - sorted[below]) * (rank - below);
    }
}
