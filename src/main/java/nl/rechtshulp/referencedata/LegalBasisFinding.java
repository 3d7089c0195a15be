package nl.rechtshulp.referencedata;

import java.util.List;
import java.util.stream.Collectors;
import nl.rechtshulp.referencedata.TreatyFacts.Channel;
import nl.rechtshulp.request.Guarantee;
import nl.rechtshulp.request.Route;

/**
 * What the treaty register and the rules say about a request: the outcome, the legal basis (the instruments in their
 * order of precedence, named with their sources), the route and channel, the deadlines the instruments set, the
 * assurances to ask for, and why: every instrument considered and the reason it applies or not.
 */
public record LegalBasisFinding(
        Outcome outcome,
        String legalBasis,
        String source,
        Route route,
        Channel channel,
        String reason,
        List<Consideration> considerations,
        ArrestDeadlines deadlines,
        List<Assurance> assurances,
        boolean confirmed) {

    /** Surrender goes to the LIRC and Amsterdam; without a basis AIRS assesses; nothing is refused by the rules. */
    public enum Outcome { TREATY, SURRENDER, AIRS_ASSESSMENT }

    /** One instrument the register lists for the state, and what the rules made of it. */
    public record Consideration(String instrumentId, String instrument, String scope, boolean applies, String role,
                                String reason, String reservation, String source, boolean confirmed) {
    }

    /**
     * Days after a provisional arrest (release possible, release compulsory) and after the date fixed for surrender,
     * from the instrument named in {@code setBy}; all null where no instrument sets them, and then AIRS decides.
     */
    public record ArrestDeadlines(Integer releasePossibleDay, Integer releaseDay, Integer surrenderReleasePossibleDay,
                                  Integer surrenderReleaseDay, String setBy, String note) {

        public boolean setByInstrument() {
            return releaseDay != null;
        }
    }

    /** An assurance the requesting state must give, and why (its facts in the register). */
    public record Assurance(Guarantee guarantee, String reason, String source, boolean confirmed) {
    }

    /**
     * Whether the request runs on the European Investigation Order Directive: its own deadlines, grounds and
     * acknowledgement. Only where the register binds the state to it on the day of receipt (never Denmark or Ireland).
     */
    public boolean europeanInvestigationOrder() {
        return considerations.stream().anyMatch(c -> c.applies() && TreatyFacts.Scope.EIO.name().equals(c.scope()));
    }

    public List<Guarantee> guarantees() {
        return assurances.stream().map(Assurance::guarantee).toList();
    }

    /**
     * The explanation recorded with the request: the outcome's reason, each instrument and why it applies or not, and
     * for extradition the formal-request limit and the assurances.
     */
    public String explanation() {
        String instruments = considerations.isEmpty() ? "Het register kent geen verdrag met deze staat."
                : considerations.stream().map(c -> c.instrument() + ": " + c.reason()
                        + (c.reservation() == null ? "" : " (" + c.reservation() + ")"))
                .collect(Collectors.joining("; ")) + ".";
        return reason + ". " + instruments + (deadlines == null ? "" : " " + limit() + " " + assurancesInWords());
    }

    private String limit() {
        if (!deadlines.setByInstrument()) {
            return deadlines.note() + ".";
        }
        return "Termijn formeel verzoek na voorlopige aanhouding: invrijheidstelling op dag " + deadlines.releaseDay()
                + (deadlines.releasePossibleDay() == null ? "" : ", mogelijk vanaf dag " + deadlines.releasePossibleDay())
                + " (" + deadlines.setBy() + ").";
    }

    /** The explanation is stored with the request and read by people: the assurances' codes in words. */
    private static final java.util.Map<String, String> GUARANTEES_IN_WORDS = java.util.Map.of(
            "NO_DEATH_PENALTY", "geen doodstraf", "NO_CORPORAL_PUNISHMENT", "geen lijfstraffen",
            "RETURN_TO_SERVE_SENTENCE", "terugkeergarantie");

    private String assurancesInWords() {
        return assurances.isEmpty() ? "Geen garanties te vragen: de staat kent geen doodstraf of lijfstraffen."
                : "Garanties te vragen: " + assurances.stream()
                        .map(a -> GUARANTEES_IN_WORDS.getOrDefault(a.guarantee().name(), a.guarantee().name()) + " (" + a.reason() + ")")
                        .collect(Collectors.joining(", ")) + ".";
    }
}
