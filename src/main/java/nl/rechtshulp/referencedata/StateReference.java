package nl.rechtshulp.referencedata;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.rechtshulp.referencedata.LegalBasisFinding.Assurance;
import nl.rechtshulp.referencedata.TreatyFacts.Instrument;
import nl.rechtshulp.referencedata.TreatyFacts.Party;
import nl.rechtshulp.referencedata.TreatyFacts.StateFacts;
import nl.rechtshulp.request.OffenceCategory;
import nl.rechtshulp.request.RequestType;

/**
 * What the register and the rules say about one state on a day: every recorded instrument, the basis per kind of
 * request (for an offence no limited convention covers, and per offence category), assurances, and the state's facts.
 */
public record StateReference(String code, String name, LocalDate on, List<RecordedInstrument> instruments,
                             Map<RequestType, LegalBasisFinding> basis,
                             Map<RequestType, Map<OffenceCategory, OffenceBasis>> basisByOffence,
                             List<Assurance> assurances, StateFacts stateFacts) {

    /** A party row with its instrument's terms, as a lawyer checks it. */
    public record RecordedInstrument(String id, String name, String kind, Set<TreatyFacts.Scope> scopes, String status,
                                     LocalDate from, LocalDate until, String channel, boolean directTransmission,
                                     String reservation, Set<OffenceCategory> offences, Set<TreatyFacts.CaseFact> requires,
                                     TreatyFacts.Deadlines deadlines, String source, boolean confirmed, String note) {

        static RecordedInstrument of(Instrument instrument, Party party) {
            return new RecordedInstrument(instrument.id(), instrument.name(), instrument.kind().name(),
                    instrument.scopes(), party.status().name(), party.from(), party.until(),
                    (party.channel() != null ? party.channel() : instrument.channel()).name(),
                    instrument.directTransmission(), party.reservation(), instrument.offences(), instrument.requires(),
                    instrument.deadlines(), instrument.source() + " · " + party.source(),
                    instrument.confirmed() && party.confirmed(), instrument.note());
        }
    }

    /** The outcome and basis for one offence category (an organised criminal group and transnational: not known). */
    public record OffenceBasis(LegalBasisFinding.Outcome outcome, String legalBasis) {
    }

    static StateReference of(String code, String name, LocalDate on, LegalBasisRules rules) {
        TreatyRegister register = rules.register();
        List<RecordedInstrument> instruments = register.parties(code).stream()
                .map(party -> RecordedInstrument.of(register.instrument(party.instrumentId()), party)).toList();
        Map<RequestType, LegalBasisFinding> basis = new LinkedHashMap<>();
        Map<RequestType, Map<OffenceCategory, OffenceBasis>> byOffence = new LinkedHashMap<>();
        for (RequestType type : RequestType.values()) {
            basis.put(type, rules.determine(new LegalBasisQuestion(code, type, OffenceCategory.OTHER, null, null, on)));
            Map<OffenceCategory, OffenceBasis> perOffence = new LinkedHashMap<>();
            Arrays.stream(OffenceCategory.values()).forEach(offence -> {
                var finding = rules.determine(new LegalBasisQuestion(code, type, offence, null, null, on));
                perOffence.put(offence, new OffenceBasis(finding.outcome(), finding.legalBasis()));
            });
            byOffence.put(type, perOffence);
        }
        return new StateReference(code, name, on, instruments, basis, byOffence, rules.assurances(code),
                register.state(code));
    }
}
