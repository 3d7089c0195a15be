package nl.rechtshulp.coordination;

import nl.rechtshulp.audit.AuditTrail;
import nl.rechtshulp.referencedata.LegalBasisFinding;
import nl.rechtshulp.referencedata.LegalBasisQuestion;
import nl.rechtshulp.referencedata.LegalBasisRules;
import nl.rechtshulp.request.LegalBasisRecord;
import nl.rechtshulp.request.Request;
import nl.rechtshulp.request.RequestReference;
import nl.rechtshulp.request.RequestRegister;
import nl.rechtshulp.security.AuthorityGroups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The legal basis and route of a request, from the treaty register and the rules ({@link LegalBasisRules}), recorded
 * with the request together with its explanation: which instruments apply and why, or why none does and AIRS assesses.
 */
@Service
@Transactional
public class LegalBasisService {

    static final String NO_BASIS = "Geen verdragsbasis gevonden in het register";

    private final LegalBasisRules rules;
    private final RequestRegister register;
    private final AuditTrail auditTrail;

    LegalBasisService(LegalBasisRules rules, RequestRegister register, AuditTrail auditTrail) {
        this.rules = rules;
        this.register = register;
        this.auditTrail = auditTrail;
    }

    public LegalBasisFinding determine(RequestReference reference) {
        Request request = register.get(reference);
        LegalBasisFinding finding = rules.determine(new LegalBasisQuestion(request.getPartnerState(), request.getType(),
                request.getOffenceCategory(), request.getOrganisedCriminalGroup(), request.getTransnationalOffence(),
                request.getReceivedOn()));
        register.recordLegalBasis(reference, new LegalBasisRecord(named(finding), finding.source(),
                finding.explanation(), finding.confirmed()), finding.route(), AuthorityGroups.AIRS);
        // The auditor's answer to "why this basis and route": what the rules decided, and the register's reasons.
        auditTrail.record(reference.value(), "LEGAL_BASIS", finding.outcome() + " " + finding.route(), null,
                named(finding), shortened(finding.explanation(), AUDIT_REASON_LENGTH));
        return finding;
    }

    /** The audit trail keeps a reason of this length; the request keeps the whole explanation. */
    private static final int AUDIT_REASON_LENGTH = 2000;

    private static String shortened(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    /** The basis in words, also where there is none: what AIRS and the status show. */
    public static String named(LegalBasisFinding finding) {
        return finding.legalBasis() != null ? finding.legalBasis() : NO_BASIS + ": AIRS beoordeelt het verzoek";
    }
}
