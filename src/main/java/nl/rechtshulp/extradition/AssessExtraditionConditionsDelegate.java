package nl.rechtshulp.extradition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.rechtshulp.referencedata.DecisionTables;
import nl.rechtshulp.request.Guarantee;
import nl.rechtshulp.request.RequestReference;
import nl.rechtshulp.workflow.ProcessVariables;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Applies the conditions for the person sought ({@code ExtraditionPersonConditionsDecision}: a Dutch national only for
 * prosecution and with a return guarantee) and the treaty's assurances (death penalty, corporal punishment): whether
 * extradition is excluded, and which guarantees the requesting state must give before the Minister can grant it.
 */
@Component
class AssessExtraditionConditionsDelegate implements JavaDelegate {

    static final String DECISION = "ExtraditionPersonConditionsDecision";
    private static final Map<Guarantee, String> DUTCH = Map.of(
            Guarantee.RETURN_TO_SERVE_SENTENCE, "terugkeergarantie (straf uitzitten in Nederland)",
            Guarantee.NO_DEATH_PENALTY, "geen doodstraf",
            Guarantee.NO_CORPORAL_PUNISHMENT, "geen lijfstraffen");

    private final DecisionService decisionService;
    private final DecisionTables decisionTables;
    private final ExtraditionRegister extraditions;

    AssessExtraditionConditionsDelegate(DecisionService decisionService, DecisionTables decisionTables,
                                        ExtraditionRegister extraditions) {
        this.decisionService = decisionService;
        this.decisionTables = decisionTables;
        this.extraditions = extraditions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DmnDecisionResultEntries conditions = decisionService.evaluateDecisionByKey(DECISION)
                .variables(Map.of(ProcessVariables.PERSON_IS_DUTCH_NATIONAL,
                        execution.getVariable(ProcessVariables.PERSON_IS_DUTCH_NATIONAL),
                        ProcessVariables.PURPOSE, execution.getVariable(ProcessVariables.PURPOSE)))
                .evaluate().getSingleResult();
        List<Guarantee> required = new ArrayList<>();
        if (conditions.<Boolean>getEntry("returnGuaranteeRequired")) {
            required.add(Guarantee.RETURN_TO_SERVE_SENTENCE);
        }
        if (Boolean.TRUE.equals(execution.getVariable(TreatyTerms.DEATH_PENALTY_ASSURANCE))) {
            required.add(Guarantee.NO_DEATH_PENALTY);
        }
        if (Boolean.TRUE.equals(execution.getVariable(TreatyTerms.CORPORAL_PUNISHMENT_ASSURANCE))) {
            required.add(Guarantee.NO_CORPORAL_PUNISHMENT);
        }
        extraditions.update(new RequestReference(execution.getProcessBusinessKey()),
                facts -> facts.requireGuarantees(required));
        execution.setVariable(ProcessVariables.EXTRADITION_EXCLUDED, conditions.getEntry("extraditionExcluded"));
        execution.setVariable(ProcessVariables.GUARANTEES_NEEDED, !required.isEmpty());
        execution.setVariable(TreatyTerms.GUARANTEE_REMINDER_INTERVAL, decisionTables.evaluate(
                ExtraditionStepTaskListener.TIME_LIMITS_DECISION, Map.of("step", "GUARANTEE_REMINDER")).get("period"));
        execution.setVariable(ProcessVariables.GUARANTEES_REQUIRED, required.isEmpty() ? "geen"
                : required.stream().map(DUTCH::get).collect(Collectors.joining("; ")));
    }
}
