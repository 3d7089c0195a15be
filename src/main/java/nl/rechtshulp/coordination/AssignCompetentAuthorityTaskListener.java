package nl.rechtshulp.coordination;

import nl.rechtshulp.request.RequestReference;
import nl.rechtshulp.web.ApiProblem;
import nl.rechtshulp.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/** Records the competent IRC, OvJ and executing service; on the direct route the IRC also answers abroad. */
@Component
class AssignCompetentAuthorityTaskListener implements TaskListener {

    private final CompetentAuthorityService competentAuthority;

    AssignCompetentAuthorityTaskListener(CompetentAuthorityService competentAuthority) {
        this.competentAuthority = competentAuthority;
    }

    @Override
    public void notify(DelegateTask task) {
        var suggestion = new CompetentAuthorityService.Suggestion(text(task, ProcessVariables.SUGGESTED_IRC),
                text(task, ProcessVariables.SUGGESTED_EXECUTING_SERVICE), null);
        var assignment = new CompetentAuthorityService.Assignment(text(task, ProcessVariables.OWNING_IRC),
                text(task, ProcessVariables.OFFICER_OF_JUSTICE), text(task, ProcessVariables.EXECUTING_SERVICE),
                text(task, "overrideReason"));
        try {
            competentAuthority.assign(new RequestReference(text(task, ProcessVariables.REFERENCE)), assignment, suggestion);
        } catch (ApiProblem problem) {
            throw new FormFieldValidationException(problem.getProperties().get("field"), problem.getMessage());
        }
        if ("DIRECT".equals(task.getVariable(ProcessVariables.ROUTE))) {
            task.setVariable(ProcessVariables.RETURN_AUTHORITY, assignment.owningIrc());
        }
    }

    private static String text(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value == null ? null : value.toString();
    }
}
