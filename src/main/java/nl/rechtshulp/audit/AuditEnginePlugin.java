package nl.rechtshulp.audit;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Lets the engine's history events feed the audit trail, next to the engine's own history tables. */
@Component
class AuditEnginePlugin extends AbstractProcessEnginePlugin {

    private final AuditTrail trail;

    AuditEnginePlugin(@Lazy AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        var handlers = configuration.getCustomHistoryEventHandlers() == null
                ? new ArrayList<org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler>()
                : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        handlers.add(new AuditHistoryEventHandler(trail));
        configuration.setCustomHistoryEventHandlers(handlers);
    }
}
