package nl.rechtshulp.workflow;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Reads the lifecycle properties ({@code phase}, {@code stage}, {@code clock}, {@code clockReason}, {@code outcome})
 * that the models put on their flow nodes, and adds the listeners that keep the register in step; adds the
 * product's defaults to every user task. Models stay declarative: no listener has to be repeated in them.
 */
class LifecycleParseListener extends AbstractBpmnParseListener {

    private final LifecycleRecorder recorder;
    private final TaskListener onTaskCreate;
    private final TaskListener onTaskComplete;

    LifecycleParseListener(LifecycleRecorder recorder, TaskListener onTaskCreate, TaskListener onTaskComplete) {
        this.recorder = recorder;
        this.onTaskCreate = onTaskCreate;
        this.onTaskComplete = onTaskComplete;
    }

    @Override
    public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        track(element, activity);
    }

    @Override
    public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        track(element, activity);
    }

    @Override
    public void parseBusinessRuleTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        track(element, activity);
    }

    @Override
    public void parseReceiveTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        track(element, activity);
    }

    @Override
    public void parseIntermediateCatchEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        track(element, activity);
    }

    @Override
    public void parseIntermediateThrowEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        track(element, activity);
    }

    @Override
    public void parseSubProcess(Element element, ScopeImpl scope, ActivityImpl activity) {
        track(element, activity);
    }

    @Override
    public void parseEndEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        track(element, activity);
    }

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        track(element, activity);
        var taskDefinition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        if (onTaskCreate != null) {
            taskDefinition.addTaskListener(TaskListener.EVENTNAME_CREATE, onTaskCreate);
        }
        if (onTaskComplete != null) {
            // First: the form's own rules are checked before a model's listener reads the values.
            taskDefinition.addTaskListener(TaskListener.EVENTNAME_COMPLETE, onTaskComplete);
            var completeListeners = taskDefinition.getTaskListeners().get(TaskListener.EVENTNAME_COMPLETE);
            completeListeners.remove(completeListeners.size() - 1);
            completeListeners.add(0, onTaskComplete);
        }
    }

    private void track(Element element, ActivityImpl activity) {
        Map<String, String> properties = lifecycleProperties(element);
        if (properties.isEmpty()) {
            return;
        }
        var mark = new LifecycleRecorder.LifecycleMark(properties.get("phase"), properties.get("stage"),
                properties.get("clock"), properties.get("clockReason"));
        String outcome = properties.get("outcome");
        activity.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution -> {
            String reference = execution.getProcessBusinessKey();
            if (reference == null) {
                return; // started from a Tasklist form: the register entry is made by the registration step
            }
            recorder.enter(reference, mark);
            if (outcome != null) {
                recorder.close(reference, outcome);
            }
        });
    }

    private static Map<String, String> lifecycleProperties(Element element) {
        Map<String, String> properties = new HashMap<>();
        Element extensions = element.element("extensionElements");
        Element propertiesElement = extensions == null ? null
                : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
        if (propertiesElement == null) {
            return properties;
        }
        for (Element property : propertiesElement.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
            properties.put(property.attribute("name"), property.attribute("value"));
        }
        return properties;
    }
}
