package nl.rechtshulp.referencedata;

import java.time.LocalDate;
import java.util.Set;
import nl.rechtshulp.request.OffenceCategory;

/** The facts of the treaty register, as a lawyer writes them in {@code treaty-register/*.csv}. */
public final class TreatyFacts {

    private TreatyFacts() {
    }

    public enum InstrumentKind { EU_INSTRUMENT, EU_AGREEMENT, COE_CONVENTION, COE_PROTOCOL, UN_CONVENTION, BILATERAL }

    /** What an instrument is for: MLA, a European Investigation Order, extradition or surrender. */
    public enum Scope { MLA, EIO, EXTRADITION, SURRENDER }

    public enum PartyStatus { IN_FORCE, SUSPENDED, SIGNED }

    /** How requests travel: through the central authority (AIRS), the diplomatic channel, or between judicial authorities. */
    public enum Channel { CENTRAL_AUTHORITY, DIPLOMATIC, JUDICIAL }

    /** What a request must show for an instrument to apply to it (UNTOC art. 3: an organised criminal group, transnational). */
    public enum CaseFact { ORGANISED_CRIMINAL_GROUP, TRANSNATIONAL }

    public enum DeathPenalty {
        RETAINED("behouden"), ABOLISHED_IN_PRACTICE("in de praktijk afgeschaft"),
        ORDINARY_CRIMES_ONLY("alleen voor commune misdrijven afgeschaft"), ABOLISHED("afgeschaft"),
        NOT_LISTED("niet vermeld");

        /** How a lawyer reads the register's value. */
        public final String dutch;

        DeathPenalty(String dutch) {
            this.dutch = dutch;
        }
    }

    public enum CorporalPunishment {
        YES("ja"), REGIONAL("in een deel van het land"), NO("nee");

        public final String dutch;

        CorporalPunishment(String dutch) {
            this.dutch = dutch;
        }
    }

    /** A treaty, convention, protocol or EU instrument; offences empty means it covers any offence. */
    public record Instrument(String id, InstrumentKind kind, Set<Scope> scopes, String name, String supplements,
                             Set<OffenceCategory> offences, Set<CaseFact> requires, Channel channel,
                             boolean directTransmission, LocalDate inForceForNetherlands, Deadlines deadlines,
                             String source, boolean confirmed, String note, int line) {

        public boolean covers(OffenceCategory offence) {
            return offences.isEmpty() || offences.contains(offence);
        }
    }

    /**
     * The days an instrument sets: after a provisional arrest without the formal request, release possible from and
     * compulsory on a calendar day; after the date fixed for surrender, release possible and compulsory. Null where the
     * instrument sets none or the register does not know it; {@code note} says which.
     */
    public record Deadlines(Integer releasePossibleDay, Integer releaseDay, Integer surrenderReleasePossibleDay,
                            Integer surrenderReleaseDay, String note) {

        public boolean setsFormalRequestLimit() {
            return releaseDay != null;
        }
    }

    /** A state's relation to an instrument over a period; {@code from} or {@code until} null: not recorded, or open. */
    public record Party(String instrumentId, String state, PartyStatus status, LocalDate from, LocalDate until,
                        Channel channel, String reservation, String source, boolean confirmed, int line) {

        public boolean covers(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
        }

        boolean overlaps(Party other) {
            LocalDate start = from == null ? LocalDate.MIN : from;
            LocalDate end = until == null ? LocalDate.MAX : until;
            LocalDate otherStart = other.from == null ? LocalDate.MIN : other.from;
            LocalDate otherEnd = other.until == null ? LocalDate.MAX : other.until;
            return !start.isAfter(otherEnd) && !otherStart.isAfter(end);
        }
    }

    /** Facts about a state that decide the assurances asked before extradition (ECE art. 11 as the model). */
    public record StateFacts(String state, DeathPenalty deathPenalty, CorporalPunishment corporalPunishment,
                             String source, boolean confirmed, String note, int line) {

        static StateFacts notListed(String state) {
            return new StateFacts(state, DeathPenalty.NOT_LISTED, CorporalPunishment.NO,
                    "Niet op de lijst van staten die de doodstraf behouden (states.csv)", true, null, 0);
        }
    }
}
