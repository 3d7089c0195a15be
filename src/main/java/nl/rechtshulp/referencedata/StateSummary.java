package nl.rechtshulp.referencedata;

import java.time.LocalDate;
import java.util.List;
import nl.rechtshulp.request.OffenceCategory;
import nl.rechtshulp.request.RequestType;

/** One line per state in the register's overview: the basis for MLA and extradition, and the assurances. */
public record StateSummary(String code, String name, LegalBasisFinding.Outcome mlaOutcome, String mlaBasis,
                           String mlaRoute, LegalBasisFinding.Outcome extraditionOutcome, String extraditionBasis,
                           List<String> assurances, int instruments, boolean confirmed) {

    static StateSummary of(String code, String name, LocalDate on, LegalBasisRules rules) {
        var mla = rules.determine(new LegalBasisQuestion(code, RequestType.MLA, OffenceCategory.OTHER, null, null, on));
        var extradition = rules.determine(new LegalBasisQuestion(code, RequestType.EXTRADITION, OffenceCategory.OTHER,
                null, null, on));
        return new StateSummary(code, name, mla.outcome(), mla.legalBasis(), mla.route().name(), extradition.outcome(),
                extradition.legalBasis(), extradition.guarantees().stream().map(Enum::name).toList(),
                rules.register().parties(code).size(), mla.confirmed() && extradition.confirmed());
    }
}
