package nl.rechtshulp.turnaround;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTests {

    @Test
    void ticksAreRoundNumbersAboveTheHighestBarAndBarsAreInProportion() {
        BarChart chart = BarChart.of("c", "t", "x", "u", List.of("a", "b", "c"), new double[] {2, 7, 0});

        assertThat(chart.ticks()).extracting(BarChart.Tick::label).containsExactly("0", "2", "4", "6", "8");
        var bars = chart.bars();
        assertThat(bars.get(2).height()).isZero();
        assertThat(bars.get(1).height()).isEqualTo(Math.round(7 / 8.0 * chart.plotHeight()));
        assertThat(bars.get(0).height() * 3.5).isCloseTo(bars.get(1).height(), org.assertj.core.data.Offset.offset(2.0));
        assertThat(bars.get(1).y() + bars.get(1).height()).as("bars stand on the axis")
                .isEqualTo(chart.plotTop() + chart.plotHeight());
    }

    @Test
    void fewCountsStillGetWholeNumberTicksAndManyWeeksAreLabelledSparsely() {
        BarChart few = BarChart.of("c", "t", "x", "u", List.of("a"), new double[] {1});
        assertThat(few.ticks()).extracting(BarChart.Tick::label).containsExactly("0", "1", "2", "3", "4");
        assertThat(few.crowded()).isFalse();

        BarChart weeks = BarChart.of("c", "t", "x", "u", java.util.Collections.nCopies(12, "2026-01-05"), new double[12]);
        assertThat(weeks.crowded()).isTrue();
        assertThat(BarChart.niceStep(130 / 4.0)).isEqualTo(50);
    }
}
