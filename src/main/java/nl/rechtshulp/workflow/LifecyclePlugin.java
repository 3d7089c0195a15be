package nl.rechtshulp.workflow;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** Registers {@link LifecycleParseListener} with the engine; process tests build it with their own recorder. */
public class LifecyclePlugin extends AbstractProcessEnginePlugin {

    private final LifecycleRecorder recorder;
    private final TaskListener onTaskCreate;
    private final TaskListener onTaskComplete;

    public LifecyclePlugin(LifecycleRecorder recorder, TaskListener onTaskCreate, TaskListener onTaskComplete) {
        this.recorder = recorder;
        this.onTaskCreate = onTaskCreate;
        this.onTaskComplete = onTaskComplete;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners()
                .add(new LifecycleParseListener(recorder, onTaskCreate, onTaskComplete));
    }
}
