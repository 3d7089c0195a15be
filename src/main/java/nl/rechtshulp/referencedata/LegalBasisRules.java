package nl.rechtshulp.referencedata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.rechtshulp.referencedata.LegalBasisFinding.ArrestDeadlines;
import nl.rechtshulp.referencedata.LegalBasisFinding.Assurance;
import nl.rechtshulp.referencedata.LegalBasisFinding.Consideration;
import nl.rechtshulp.referencedata.TreatyFacts.CaseFact;
import nl.rechtshulp.referencedata.TreatyFacts.Channel;
import nl.rechtshulp.referencedata.TreatyFacts.Instrument;
import nl.rechtshulp.referencedata.TreatyFacts.Party;
import nl.rechtshulp.referencedata.TreatyFacts.Scope;
import nl.rechtshulp.referencedata.TreatyFacts.StateFacts;
import nl.rechtshulp.request.Guarantee;
import nl.rechtshulp.request.RequestType;
import nl.rechtshulp.request.Route;

/**
 * Places a request on its legal basis: the register says which instruments bind the state on the day, for which
 * offences and with which terms; the decision tables say what each kind of instrument implies, which goes first, what
 * follows and which assurances to ask. This class only joins the two: no state is named here.
 */
public class LegalBasisRules {

    static final String PRECEDENCE = "InstrumentPrecedenceDecision";
    static final String OUTCOME = "LegalBasisOutcomeDecision";
    static final String ASSURANCES = "ExtraditionAssurancesDecision";
    private static final String BASIS = "BASIS";
    private static final String NONE = "NONE";

    private final TreatyRegister register;
    private final DecisionTables tables;

    public LegalBasisRules(TreatyRegister register, DecisionTables tables) {
        this.register = register;
        this.tables = tables;
    }

    public LegalBasisFinding determine(LegalBasisQuestion question) {
        List<Weighed> weighed = weigh(question);
        List<Weighed> bases = weighed.stream().filter(w -> w.applies && BASIS.equals(w.role))
                .sorted(Comparator.comparingInt(w -> w.rank)).toList();
        Weighed primary = bases.isEmpty() ? null : bases.get(0);
        // Instruments of the same rank apply side by side (two UN conventions); a lower rank gives way.
        List<Weighed> leading = primary == null ? List.of()
                : bases.stream().filter(w -> w.rank == primary.rank).toList();
        Set<String> leadingIds = leading.stream().map(w -> w.instrument.id()).collect(Collectors.toSet());
        List<Weighed> supplements = weighed.stream()
                .filter(w -> w.applies && !BASIS.equals(w.role) && leadingIds.contains(w.instrument.supplements()))
                .toList();
        List<Weighed> used = Stream.concat(leading.stream(), supplements.stream()).toList();
        boolean direct = used.stream().anyMatch(w -> w.instrument.directTransmission());
        Map<String, Object> outcome = tables.evaluate(OUTCOME, Map.of("requestType", question.type().name(),
                "handling", primary == null ? NONE : primary.handling, "directTransmission", direct));
        var considerations = weighed.stream().map(w -> w.consideration(used.contains(w))).toList();
        var found = LegalBasisFinding.Outcome.valueOf((String) outcome.get("outcome"));
        // Surrender is the Overleveringswet's: its own time limits and guarantees, not an extradition treaty's.
        boolean extradition = question.type() == RequestType.EXTRADITION && found != LegalBasisFinding.Outcome.SURRENDER;
        List<Assurance> assurances = extradition ? assurances(question.state()) : List.of();
        boolean confirmed = used.stream().allMatch(w -> w.instrument.confirmed() && w.party.confirmed())
                && assurances.stream().allMatch(Assurance::confirmed);
        return new LegalBasisFinding(found,
                primary == null ? null : names(used), primary == null ? null : sources(used),
                Route.valueOf((String) outcome.get("route")), primary == null ? Channel.CENTRAL_AUTHORITY : primary.channel(),
                (String) outcome.get("reason"), considerations,
                extradition ? deadlines(used) : null, assurances, confirmed);
    }

    /** The assurances a state must give before extradition, from its facts in the register. */
    public List<Assurance> assurances(String state) {
        StateFacts facts = register.state(state);
        return tables.evaluateAll(ASSURANCES, Map.of("deathPenalty", facts.deathPenalty().name(),
                        "corporalPunishment", facts.corporalPunishment().name())).stream()
                .map(row -> new Assurance(Guarantee.valueOf((String) row.get("assurance")), (String) row.get("reason"),
                        facts.source(), facts.confirmed()))
                .toList();
    }

    public TreatyRegister register() {
        return register;
    }

    private List<Weighed> weigh(LegalBasisQuestion question) {
        Set<Scope> relevant = question.type() == RequestType.MLA ? Set.of(Scope.EIO, Scope.MLA)
                : Set.of(Scope.SURRENDER, Scope.EXTRADITION);
        List<Weighed> weighed = new ArrayList<>();
        for (Party party : register.parties(question.state())) {
            Instrument instrument = register.instrument(party.instrumentId());
            if (!relevantOn(question.on(), instrument, party)) {
                continue;
            }
            for (Scope scope : instrument.scopes()) {
                if (relevant.contains(scope)) {
                    weighed.add(new Weighed(instrument, party, scope, evaluate(question, instrument, party, scope)));
                }
            }
        }
        return weighed;
    }

    /** A signed treaty is shown until its period ends; any other relation only within its dates and the Kingdom's. */
    private static boolean relevantOn(java.time.LocalDate day, Instrument instrument, Party party) {
        if (party.status() == TreatyFacts.PartyStatus.SIGNED) {
            return party.until() == null || !day.isAfter(party.until());
        }
        return party.covers(day)
                && (instrument.inForceForNetherlands() == null || !day.isBefore(instrument.inForceForNetherlands()));
    }

    private Map<String, Object> evaluate(LegalBasisQuestion question, Instrument instrument, Party party, Scope scope) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("requestType", question.type().name());
        inputs.put("scope", scope.name());
        inputs.put("kind", instrument.kind().name());
        inputs.put("supplementing", instrument.supplements() != null);
        inputs.put("status", party.status().name());
        // No offence category recorded: only an instrument for any offence can be relied on.
        inputs.put("offenceCovered", question.offence() == null ? instrument.offences().isEmpty()
                : instrument.covers(question.offence()));
        inputs.put("requiredFacts", requiredFacts(question, instrument.requires()));
        return tables.evaluate(PRECEDENCE, inputs);
    }

    /** MET, NOT_MET, or UNKNOWN where a fact the instrument needs was not recorded. */
    private static String requiredFacts(LegalBasisQuestion question, Set<CaseFact> requires) {
        List<Boolean> facts = requires.stream().map(fact -> switch (fact) {
            case ORGANISED_CRIMINAL_GROUP -> question.organisedCriminalGroup();
            case TRANSNATIONAL -> question.transnational();
        }).toList();
        if (facts.stream().anyMatch(Boolean.FALSE::equals)) {
            return "NOT_MET";
        }
        return facts.stream().anyMatch(fact -> fact == null) ? "UNKNOWN" : "MET";
    }

    private static ArrestDeadlines deadlines(List<Weighed> used) {
        var setting = used.stream()
                .filter(w -> w.instrument.deadlines().setsFormalRequestLimit()).findFirst();
        if (setting.isPresent()) {
            var instrument = setting.get().instrument;
            var days = instrument.deadlines();
            return new ArrestDeadlines(days.releasePossibleDay(), days.releaseDay(), days.surrenderReleasePossibleDay(),
                    days.surrenderReleaseDay(), instrument.name(), days.note());
        }
        String notes = used.stream().map(w -> w.instrument.deadlines().note()).filter(note -> note != null)
                .collect(Collectors.toCollection(LinkedHashSet::new)).stream().collect(Collectors.joining("; "));
        return new ArrestDeadlines(null, null, null, null, null,
                "Geen toepasselijk instrument stelt een termijn voor het formele verzoek: AIRS stelt de termijn vast"
                        + (notes.isEmpty() ? "" : " (" + notes + ")"));
    }

    private static String names(List<Weighed> used) {
        Weighed primary = used.get(0);
        String others = used.stream().skip(1).map(w -> w.instrument.name()).collect(Collectors.joining("; "));
        return primary.instrument.name() + (others.isEmpty() ? "" : "; met " + others);
    }

    private static String sources(List<Weighed> used) {
        return used.stream().map(w -> w.instrument.source() + (w.instrument.confirmed() && w.party.confirmed() ? ""
                : " [onbevestigd]")).distinct().collect(Collectors.joining("; "));
    }

    /** An instrument of the state, weighed by the precedence table. */
    private static final class Weighed {
        final Instrument instrument;
        final Party party;
        final Scope scope;
        final boolean applies;
        final String role;
        final int rank;
        final String handling;
        final String reason;

        Weighed(Instrument instrument, Party party, Scope scope, Map<String, Object> answer) {
            this.instrument = instrument;
            this.party = party;
            this.scope = scope;
            this.applies = Boolean.TRUE.equals(answer.get("applies"));
            this.role = (String) answer.get("role");
            this.rank = answer.get("rank") == null ? Integer.MAX_VALUE : ((Number) answer.get("rank")).intValue();
            this.handling = (String) answer.get("handling");
            this.reason = (String) answer.get("reason");
        }

        Channel channel() {
            return party.channel() != null ? party.channel() : instrument.channel();
        }

        Consideration consideration(boolean used) {
            String why = !applies || used ? reason : BASIS.equals(role) ? reason + "; een ander instrument gaat voor"
                    : "vult een verdrag aan dat hier niet de grondslag is";
            return new Consideration(instrument.id(), instrument.name(), scope.name(), applies && used, role, why,
                    party.reservation(), instrument.source(), instrument.confirmed() && party.confirmed());
        }
    }
}
