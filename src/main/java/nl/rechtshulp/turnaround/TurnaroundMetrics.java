package nl.rechtshulp.turnaround;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Open requests per phase and the overdue count on {@code /actuator/prometheus}, read from the read model at most
 * once every {@value #REFRESH_SECONDS} seconds however often it is scraped. Phase durations are recorded as they
 * pass ({@code rechtshulp.phase.duration}).
 */
@Component
class TurnaroundMetrics implements MeterBinder {

    static final int REFRESH_SECONDS = 30;
    private final TurnaroundQueries queries;
    private final Clock clock;
    private final Map<String, Reading> readings = new ConcurrentHashMap<>();

    TurnaroundMetrics(TurnaroundQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    private record Reading(double value, long readAtNanos) {
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String phase : TurnaroundQueries.PHASES) {
            Gauge.builder("rechtshulp.requests.open", () -> cached("open." + phase, () -> queries.openCount(phase)))
                    .description("Open requests in a phase").tag("phase", phase).register(registry);
        }
        Gauge.builder("rechtshulp.requests.overdue", () -> cached("overdue", () -> queries.overdueCount(clock.instant())))
                .description("Open requests past their target date").register(registry);
    }

    private double cached(String key, java.util.function.LongSupplier read) {
        Reading reading = readings.get(key);
        long now = System.nanoTime();
        if (reading == null || now - reading.readAtNanos() > REFRESH_SECONDS * 1_000_000_000L) {
            reading = new Reading(read.getAsLong(), now);
            readings.put(key, reading);
        }
        return reading.value();
    }
}
