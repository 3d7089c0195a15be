package nl.rechtshulp.intake;

import nl.rechtshulp.request.RequestReference;
import nl.rechtshulp.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends an incomplete draft back with the missing documents named; tells the process whether to translate. */
@Component
class CheckDraftCompletenessDelegate implements JavaDelegate {

    private final DraftCompleteness completeness;

    CheckDraftCompletenessDelegate(DraftCompleteness completeness) {
        this.completeness = completeness;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var verdict = completeness.check(new RequestReference(execution.getProcessBusinessKey()));
        execution.setVariable(ProcessVariables.DRAFT_COMPLETE, verdict.complete());
        execution.setVariable(ProcessVariables.MISSING_ITEMS, verdict.complete() ? null : verdict.missingItems());
        execution.setVariable(ProcessVariables.ACCEPTED_LANGUAGES,
                String.join(",", verdict.acceptedLanguages().stream().sorted().toList()));
        execution.setVariable(ProcessVariables.TRANSLATION_REQUIRED, verdict.translationRequired());
        execution.setVariable(ProcessVariables.REMINDER_INTERVAL, verdict.reminderInterval());
        if (verdict.traceReviewInterval() != null) {
            execution.setVariable(ProcessVariables.TRACE_REVIEW_INTERVAL, verdict.traceReviewInterval());
        }
    }
}
