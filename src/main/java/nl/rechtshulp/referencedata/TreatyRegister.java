package nl.rechtshulp.referencedata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.rechtshulp.referencedata.TreatyFacts.CaseFact;
import nl.rechtshulp.referencedata.TreatyFacts.Channel;
import nl.rechtshulp.referencedata.TreatyFacts.CorporalPunishment;
import nl.rechtshulp.referencedata.TreatyFacts.DeathPenalty;
import nl.rechtshulp.referencedata.TreatyFacts.Deadlines;
import nl.rechtshulp.referencedata.TreatyFacts.Instrument;
import nl.rechtshulp.referencedata.TreatyFacts.InstrumentKind;
import nl.rechtshulp.referencedata.TreatyFacts.Party;
import nl.rechtshulp.referencedata.TreatyFacts.PartyStatus;
import nl.rechtshulp.referencedata.TreatyFacts.Scope;
import nl.rechtshulp.referencedata.TreatyFacts.StateFacts;
import nl.rechtshulp.request.OffenceCategory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The treaty register: which instruments bind the Kingdom with which state, from when, on what terms, and the facts
 * about states that decide assurances. Read and checked once at start-up; a register that cannot be read stops the
 * start with the file and line to correct. Nobody changes it through the application.
 */
public class TreatyRegister {

    static final String INSTRUMENTS = "instruments.csv";
    static final String PARTIES = "parties.csv";
    static final String STATES = "states.csv";

    private final Map<String, Instrument> instruments;
    private final Map<String, List<Party>> partiesByState;
    private final Map<String, StateFacts> states;

    private TreatyRegister(Map<String, Instrument> instruments, Map<String, List<Party>> partiesByState,
                           Map<String, StateFacts> states) {
        this.instruments = instruments;
        this.partiesByState = partiesByState;
        this.states = states;
    }

    /** Reads the register from a folder (e.g. {@code classpath:treaty-register/}). */
    public static TreatyRegister load(ResourceLoader resources, String location, Countries countries) {
        String folder = location.endsWith("/") ? location : location + "/";
        Map<String, Instrument> instruments = readInstruments(open(resources, folder, INSTRUMENTS));
        Map<String, List<Party>> parties = readParties(open(resources, folder, PARTIES), instruments, countries);
        Map<String, StateFacts> states = readStates(open(resources, folder, STATES), countries);
        return new TreatyRegister(instruments, parties, states);
    }

    public Collection<Instrument> instruments() {
        return instruments.values();
    }

    public Instrument instrument(String id) {
        return instruments.get(id);
    }

    /** Every recorded relation of a state, in the order of the file. */
    public List<Party> parties(String state) {
        return partiesByState.getOrDefault(state, List.of());
    }

    /** The state's facts, or "not listed" for a state the file has no row for. */
    public StateFacts state(String state) {
        return states.getOrDefault(state, StateFacts.notListed(state));
    }

    private static RegisterFile open(ResourceLoader resources, String folder, String file) {
        Resource resource = resources.getResource(folder + file);
        List<String> columns = switch (file) {
            case INSTRUMENTS -> List.of("id", "kind", "scope", "name", "supplements", "offences", "requires", "channel",
                    "direct_transmission", "nl_in_force", "release_possible_day", "release_day",
                    "surrender_release_possible_day", "surrender_release_day", "deadline_note", "source", "confirmed",
                    "note");
            case PARTIES -> List.of("instrument", "state", "status", "from", "until", "channel", "reservation",
                    "source", "confirmed");
            default -> List.of("state", "death_penalty", "judicial_corporal_punishment", "source", "confirmed", "note");
        };
        try (InputStream content = resource.getInputStream()) {
            return RegisterFile.read(file, content, columns);
        } catch (IOException e) {
            throw new UncheckedIOException("The treaty register has no " + folder + file, e);
        }
    }

    private static Map<String, Instrument> readInstruments(RegisterFile file) {
        Map<String, Instrument> instruments = new LinkedHashMap<>();
        Map<String, RegisterFile.Row> rows = new HashMap<>();
        for (RegisterFile.Row row : file.rows()) {
            String id = row.required("id");
            if (instruments.containsKey(id)) {
                throw row.problem("instrument '" + id + "' is already on line " + rows.get(id).line());
            }
            var deadlines = new Deadlines(row.days("release_possible_day"), row.days("release_day"),
                    row.days("surrender_release_possible_day"), row.days("surrender_release_day"),
                    row.text("deadline_note"));
            if (deadlines.releasePossibleDay() != null && (deadlines.releaseDay() == null
                    || deadlines.releasePossibleDay() > deadlines.releaseDay())) {
                throw row.problem("'release_possible_day' needs a 'release_day' on or after it");
            }
            Set<Scope> scopes = row.choices("scope", Scope.class, null);
            if (scopes.isEmpty()) {
                throw row.problem("'scope' is empty");
            }
            instruments.put(id, new Instrument(id, row.choice("kind", InstrumentKind.class), scopes,
                    row.required("name"), row.text("supplements"),
                    row.choices("offences", OffenceCategory.class, "ANY"), row.choices("requires", CaseFact.class, null),
                    row.choice("channel", Channel.class), row.flag("direct_transmission"), row.date("nl_in_force"),
                    deadlines, row.required("source"), row.flag("confirmed"), row.text("note"), row.line()));
            rows.put(id, row);
        }
        for (Instrument instrument : instruments.values()) {
            if (instrument.supplements() != null && !instruments.containsKey(instrument.supplements())) {
                throw rows.get(instrument.id()).problem("supplements unknown instrument '" + instrument.supplements() + "'");
            }
        }
        return java.util.Collections.unmodifiableMap(instruments);
    }

    private static Map<String, List<Party>> readParties(RegisterFile file, Map<String, Instrument> instruments,
                                                        Countries countries) {
        Map<String, List<Party>> byState = new HashMap<>();
        for (RegisterFile.Row row : file.rows()) {
            String instrument = row.required("instrument");
            if (!instruments.containsKey(instrument)) {
                throw row.problem("unknown instrument '" + instrument + "' (not in " + INSTRUMENTS + ")");
            }
            String state = knownState(row, "state", countries);
            var party = new Party(instrument, state, row.choice("status", PartyStatus.class), row.date("from"),
                    row.date("until"), row.optionalChoice("channel", Channel.class), row.text("reservation"),
                    row.required("source"), row.flag("confirmed"), row.line());
            if (party.from() != null && party.until() != null && party.until().isBefore(party.from())) {
                throw row.problem("'until' " + party.until() + " is before 'from' " + party.from());
            }
            List<Party> ofState = byState.computeIfAbsent(state, key -> new ArrayList<>());
            ofState.stream().filter(other -> other.instrumentId().equals(instrument) && other.overlaps(party))
                    .findFirst().ifPresent(other -> {
                        throw row.problem(instrument + " for " + state + " overlaps the dates on line " + other.line());
                    });
            ofState.add(party);
        }
        Map<String, List<Party>> copy = new HashMap<>();
        byState.forEach((state, parties) -> copy.put(state, List.copyOf(parties)));
        return Map.copyOf(copy);
    }

    private static Map<String, StateFacts> readStates(RegisterFile file, Countries countries) {
        Map<String, StateFacts> states = new HashMap<>();
        for (RegisterFile.Row row : file.rows()) {
            String state = knownState(row, "state", countries);
            if (states.containsKey(state)) {
                throw row.problem("state '" + state + "' is already on line " + states.get(state).line());
            }
            DeathPenalty deathPenalty = row.choice("death_penalty", DeathPenalty.class);
            if (deathPenalty == DeathPenalty.NOT_LISTED) {
                throw row.problem("NOT_LISTED is what a state without a row means: give its status or drop the row");
            }
            states.put(state, new StateFacts(state, deathPenalty,
                    row.choice("judicial_corporal_punishment", CorporalPunishment.class), row.required("source"),
                    row.flag("confirmed"), row.text("note"), row.line()));
        }
        return Map.copyOf(states);
    }

    private static String knownState(RegisterFile.Row row, String column, Countries countries) {
        String state = row.required(column);
        if (!countries.isKnown(state)) {
            throw row.problem("unknown country code '" + state + "' (ISO 3166 alpha-2 expected)");
        }
        if (Countries.NETHERLANDS.equals(state)) {
            throw row.problem("the register records the Kingdom's partners, not the Netherlands itself");
        }
        return state;
    }

    /** Every unconfirmed fact, instruments first, for lawyers to check. */
    public List<UnconfirmedFact> unconfirmedFacts() {
        Stream<UnconfirmedFact> fromInstruments = instruments.values().stream().filter(i -> !i.confirmed())
                .map(i -> new UnconfirmedFact(INSTRUMENTS, i.line(), i.id(), null, i.name(), i.note()));
        Stream<UnconfirmedFact> fromParties = partiesByState.values().stream().flatMap(List::stream)
                .filter(p -> !p.confirmed())
                .map(p -> new UnconfirmedFact(PARTIES, p.line(), p.instrumentId(), p.state(),
                        instruments.get(p.instrumentId()).name(),
                        p.source() + (p.reservation() == null ? "" : " · " + p.reservation())));
        Stream<UnconfirmedFact> fromStates = states.values().stream().filter(s -> !s.confirmed())
                .map(s -> new UnconfirmedFact(STATES, s.line(), null, s.state(),
                        "Doodstraf: " + s.deathPenalty().dutch + ", lijfstraffen: " + s.corporalPunishment().dutch,
                        s.source()));
        return Stream.of(fromInstruments, fromParties, fromStates).flatMap(s -> s)
                .sorted(Comparator.comparing(UnconfirmedFact::file).thenComparing(UnconfirmedFact::line)).toList();
    }

    /** A fact in the register still to be checked by a lawyer: where it is, and what it says. */
    public record UnconfirmedFact(String file, int line, String instrument, String state, String fact, String source) {
    }
}
