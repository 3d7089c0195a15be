package nl.rechtshulp.turnaround;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;

/** A timestamp with time zone as the JDBC drivers hand it over: a Timestamp (PostgreSQL) or an OffsetDateTime (H2). */
final class DatabaseTimes {

    private DatabaseTimes() {
    }

    static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : Instant.from((TemporalAccessor) value);
    }
}
