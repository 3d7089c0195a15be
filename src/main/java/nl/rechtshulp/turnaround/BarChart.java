package nl.rechtshulp.turnaround;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart laid out for an SVG: bars, a value axis with round ticks, labelled axes and units. The template draws
 * it and puts the same figures in a table beside it, for screen readers and for copying.
 */
record BarChart(String id, String titleKey, String xAxisKey, String unitKey, List<Bar> bars, List<Tick> ticks,
                int width, int height, int plotLeft, int plotTop, int plotWidth, int plotHeight, boolean crowded) {

    record Bar(String label, double value, String shown, int x, int y, int width, int height, int labelX) {
    }

    record Tick(String label, int y) {
    }

    private static final int WIDTH = 560;
    private static final int HEIGHT = 260;
    private static final int LEFT = 56;
    private static final int TOP = 16;
    private static final int BOTTOM = 56;
    private static final int RIGHT = 12;

    static BarChart of(String id, String titleKey, String xAxisKey, String unitKey, List<String> labels, double[] values) {
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        double max = 0;
        for (double value : values) {
            max = Math.max(max, value);
        }
        double top = 4 * niceStep(max / 4);
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            double value = top * i / 4;
            ticks.add(new Tick(number(value), TOP + plotHeight - (int) Math.round(value / top * plotHeight)));
        }
        List<Bar> bars = new ArrayList<>();
        int slot = values.length == 0 ? plotWidth : plotWidth / values.length;
        int barWidth = Math.max(4, (int) (slot * 0.7));
        for (int i = 0; i < values.length; i++) {
            int barHeight = (int) Math.round(values[i] / top * plotHeight);
            int x = LEFT + i * slot + (slot - barWidth) / 2;
            bars.add(new Bar(labels.get(i), values[i], number(values[i]), x, TOP + plotHeight - barHeight, barWidth,
                    barHeight, x + barWidth / 2));
        }
        // Many labels (weeks) are written every fourth bar so that they do not overlap.
        return new BarChart(id, titleKey, xAxisKey, unitKey, bars, ticks, WIDTH, HEIGHT, LEFT, TOP, plotWidth, plotHeight,
                bars.size() > 8);
    }

    /** A tick step of 1, 2, 2.5 or 5 times a power of ten, at least 1 (counts and days): ticks a reader can add up. */
    static double niceStep(double rough) {
        if (rough <= 1) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= rough) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    static String number(double value) {
        return nl.rechtshulp.web.PageFormat.figure(value);
    }
}
