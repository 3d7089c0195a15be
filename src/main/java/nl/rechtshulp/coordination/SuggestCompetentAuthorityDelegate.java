package nl.rechtshulp.coordination;

import nl.rechtshulp.request.RequestReference;
import nl.rechtshulp.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Puts the suggestion where the assignment form shows it, pre-filling the fields the coordinator may change. */
@Component
class SuggestCompetentAuthorityDelegate implements JavaDelegate {

    private final CompetentAuthorityService competentAuthority;

    SuggestCompetentAuthorityDelegate(CompetentAuthorityService competentAuthority) {
        this.competentAuthority = competentAuthority;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var suggestion = competentAuthority.suggest(new RequestReference(execution.getProcessBusinessKey()));
        execution.setVariable(ProcessVariables.SUGGESTED_IRC, suggestion.irc());
        execution.setVariable(ProcessVariables.SUGGESTED_EXECUTING_SERVICE, suggestion.executingService());
        execution.setVariable(ProcessVariables.RELATED_REQUESTS, suggestion.relatedRequests());
        execution.setVariable(ProcessVariables.OWNING_IRC, suggestion.irc());
        execution.setVariable(ProcessVariables.EXECUTING_SERVICE, suggestion.executingService());
    }
}
