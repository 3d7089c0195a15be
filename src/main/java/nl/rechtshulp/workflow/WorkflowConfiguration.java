package nl.rechtshulp.workflow;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class WorkflowConfiguration {

    @Bean
    LifecyclePlugin lifecyclePlugin(LifecycleRecorder recorder, TaskDefaultsListener taskDefaults,
                                    TaskCompletionListener taskCompletion) {
        return new LifecyclePlugin(recorder, taskDefaults, taskCompletion);
    }

    /** Members of {@code admins} are Camunda administrators, alongside Camunda's own {@code camunda-admin}. */
    @Bean
    AbstractProcessEnginePlugin adminGroupPlugin() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                var adminGroups = configuration.getAdminGroups() == null
                        ? new ArrayList<String>() : new ArrayList<>(configuration.getAdminGroups());
                adminGroups.add("admins");
                configuration.setAdminGroups(adminGroups);
            }
        };
    }
}
