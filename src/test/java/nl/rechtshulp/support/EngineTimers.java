package nl.rechtshulp.support;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;

/** A request's timers as the engine holds them, for tests that fire one now instead of waiting for its day. */
public final class EngineTimers {

    private EngineTimers() {
    }

    /** The request's timer at the model's activity, in whichever of the request's processes it runs. */
    public static Job of(ManagementService management, RuntimeService runtime, String reference, String activityId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).list().stream()
                .flatMap(instance -> management.createJobQuery().processInstanceId(instance.getId()).timers()
                        .activityId(activityId).list().stream())
                .findFirst().orElseThrow(() -> new AssertionError("no timer at " + activityId + " for " + reference));
    }

    public static void fire(ManagementService management, RuntimeService runtime, String reference, String activityId) {
        management.executeJob(of(management, runtime, reference, activityId).getId());
    }
}
