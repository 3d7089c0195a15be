package nl.rechtshulp.workflow;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.StartEvent;

/**
 * Which start form a process has: the form of its none start event, read from the deployed model once per definition.
 * A start by key starts the latest version, so that is the one whose form counts.
 */
class StartForms {

    private final RepositoryService repositoryService;
    private final Map<String, Optional<String>> formByDefinition = new ConcurrentHashMap<>();

    StartForms(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    /** The start form of the definition named by key or id; empty when it has none or is unknown to the caller. */
    Optional<String> of(String definitionKey, String definitionId) {
        String id = definitionId;
        if (definitionKey != null) {
            ProcessDefinition latest = repositoryService.createProcessDefinitionQuery().processDefinitionKey(definitionKey)
                    .withoutTenantId().latestVersion().singleResult();
            if (latest == null) {
                return Optional.empty();
            }
            id = latest.getId();
        }
        if (id == null) {
            return Optional.empty();
        }
        return formByDefinition.computeIfAbsent(id, this::read);
    }

    private Optional<String> read(String definitionId) {
        try {
            return repositoryService.getBpmnModelInstance(definitionId).getModelElementsByType(StartEvent.class).stream()
                    .filter(start -> start.getEventDefinitions().isEmpty() && start.getCamundaFormRef() != null)
                    .map(StartEvent::getCamundaFormRef).findFirst();
        } catch (org.camunda.bpm.engine.ProcessEngineException unknown) {
            return Optional.empty();
        }
    }
}
