package nl.rechtshulp.referencedata;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A register that cannot be read stops the start with one plain message: the file, the line, what to correct. */
class TreatyRegisterFailureAnalyzer extends AbstractFailureAnalyzer<InvalidTreatyRegisterException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidTreatyRegisterException cause) {
        return new FailureAnalysis("The treaty register cannot be read: " + cause.getMessage(),
                "Correct that line in the treaty register (rechtshulp.treaty-register.location, by default "
                        + "src/main/resources/treaty-register/) and start again.", cause);
    }
}
