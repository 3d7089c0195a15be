package nl.rechtshulp.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GrantedGroupsTests {

    private Instant now = Instant.parse("2026-12-03T09:00:00Z");

    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void theSetIsReadOnceAndAgainOnlyWhenOlderThanItsMaximumAge() {
        var groups = new GrantedGroups(clock);
        AtomicInteger reads = new AtomicInteger();
        java.util.function.Supplier<Set<String>> reader = () -> {
            reads.incrementAndGet();
            return Set.of("ircAmsterdam", "airs");
        };

        assertThat(groups.current(reader)).containsExactlyInAnyOrder("ircAmsterdam", "airs");
        now = now.plus(GrantedGroups.MAX_AGE);
        groups.current(reader);
        assertThat(reads).as("still within its age").hasValue(1);

        now = now.plusSeconds(1);
        groups.current(reader);
        assertThat(reads).hasValue(2);
    }
}
