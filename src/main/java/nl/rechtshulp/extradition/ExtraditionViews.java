package nl.rechtshulp.extradition;

import java.util.List;
import nl.rechtshulp.request.RequestView;
import nl.rechtshulp.request.RunningDeadline;

/** What the request view shows of an extradition case. */
final class ExtraditionViews {

    private ExtraditionViews() {
    }

    static RequestView.Extradition of(ExtraditionCase c, List<RunningDeadline> deadlines) {
        return new RequestView.Extradition(c.getArrivedAs(), c.getPurpose(), c.isPersonIsDutchNational(), c.getChannel(),
                c.getArrestedOn(), c.getFormalRequestDueOn(), c.getFormalRequestReceivedOn(), c.getCustodyKept(),
                c.getReleasedOn(), c.getGuaranteesRequired(), c.getGuaranteesReceivedOn(),
                c.getGuaranteesSufficient(), c.getExaminingJudgeHearingOn(), c.getConsentGiven(),
                c.getProsecutorDecision(), c.getProsecutorDecidedOn(), c.getCourt(), c.getCourtHearingOn(),
                c.getCourtAdmissible(), c.getCourtDecidedOn(), c.getSeizedObjects(), c.getCassationLodgedBy(),
                c.getCassationGroundsDueOn(), c.getCassationGroundsFiledOn(), c.getSupremeCourtAdmissible(), c.getSupremeCourtRuledOn(),
                c.getMinisterAdvice(), c.getMinisterDecision(), c.getMinisterDecidedOn(), c.getConditions(), c.getSummaryProceedings(),
                c.getArrestRequestChannel(), c.getFormalRequestTransmittedOn(), c.getForeignDecision(),
                c.getForeignDecidedOn(), c.getSurrenderDate(), c.getSurrenderPlace(), c.getEscort(),
                c.getHandedOverOn(),
                c.getCustodyTitle() == null ? null : new RequestView.Extradition.Custody(c.getCustodyTitle(), c.getCustodyOrderedBy(),
                        c.getCustodyOrderedOn(), c.getCustodyEndsOn(), c.getCustodyOrderDocument()),
                c.getConsentGivenOn(), c.getAdmissibleOffences(), c.getInadmissibleOffences(),
                c.getCassationLodgingDueOn(), c.getEnforcementTransfer(),
                c.getDutchWarrantKind() == null ? null : new RequestView.Extradition.DutchWarrant(c.getDutchWarrantKind(),
                        c.getDutchWarrantIssuedOn(), c.getDutchWarrantDocument()),
                c.getConditionsPassedOn(), c.getSummaryAppealOutcome(), c.getSurrenderPostponed(),
                c.getDutchProceedingsEndedOn(),
                new RequestView.Extradition.DecisionDocuments(c.getCourtDecisionDocument(), c.getSupremeCourtDocument(),
                        c.getMinisterDecisionDocument(), c.getSummaryProceedingsDecidedOn(),
                        c.getSummaryProceedingsDocument(), c.getSummaryAppealDocument(), c.getConsentDocument(),
                        c.getCassationWaiverDocument(), c.getEnforcementTransferAnsweredOn(),
                        c.getEnforcementTransferReference(), c.getCustodyDecidedOn(), c.getCustodyDecisionDocument(),
                        c.getClosedWithoutFormalRequestOn(), c.getClosedWithoutFormalRequestReason()),
                c.getCourtAdvice(), c.getTrialProsecutor(), deadlines);
    }
}
