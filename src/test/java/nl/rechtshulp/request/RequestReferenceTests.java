package nl.rechtshulp.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A reference is made from the request's number, and gives it back: the register loads a request by it. */
class RequestReferenceTests {

    @Test
    void theReferenceGivesBackTheNumberItWasMadeFrom() {
        RequestReference reference = RequestReference.of(2026, 39);

        assertThat(reference.value()).isEqualTo("RH-2026-000039");
        assertThat(reference.number()).isEqualTo(39L);
        assertThat(new RequestReference("RH-2025-120034").number()).isEqualTo(120_034L);
    }

    @Test
    void onlyOurOwnFormatIsAReference() {
        assertThatThrownBy(() -> new RequestReference("RH-2026-39")).isInstanceOf(IllegalArgumentException.class);
        assertThat(RequestReference.isWellFormed("XX-2026-000039")).isFalse();
    }
}
