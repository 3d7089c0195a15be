package nl.rechtshulp.request;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.springframework.stereotype.Component;

/**
 * The activities the deployed models mark as deadlines ({@code deadline} property), by id with their name and kind:
 * read from the latest models, and again only when the deployments change.
 */
@Component
public class DeadlineCatalogue {

    /** A marked activity: its name in the model, DEADLINE or WARNING, and whether it is a timer. */
    public record Marked(String id, String name, String kind, boolean timer) {
    }

    private record Catalogue(Set<String> definitionIds, Map<String, Marked> byId) {
    }

    private final RepositoryService repositoryService;
    private volatile Catalogue catalogue = new Catalogue(Set.of(), Map.of());

    DeadlineCatalogue(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    /** Every marked activity of the latest models, by id. */
    public Map<String, Marked> activities() {
        var definitions = repositoryService.createProcessDefinitionQuery().latestVersion().list();
        Set<String> ids = definitions.stream().map(definition -> definition.getId()).collect(Collectors.toSet());
        Catalogue cached = catalogue;
        if (cached.definitionIds().equals(ids)) {
            return cached.byId();
        }
        Map<String, Marked> byId = new LinkedHashMap<>();
        for (var definition : definitions) {
            repositoryService.getBpmnModelInstance(definition.getId()).getModelElementsByType(BaseElement.class).stream()
                    .filter(element -> RunningDeadlines.deadlineKind(element) != null)
                    .forEach(element -> byId.putIfAbsent(element.getId(), new Marked(element.getId(),
                            element instanceof FlowElement flow ? flow.getName() : element.getId(),
                            RunningDeadlines.deadlineKind(element),
                            !element.getChildElementsByType(TimerEventDefinition.class).isEmpty())));
        }
        catalogue = new Catalogue(Set.copyOf(ids), Map.copyOf(byId));
        return catalogue.byId();
    }

    /** The ids of the marked activities, never empty (an empty IN list is not SQL). */
    public Set<String> ids() {
        var ids = activities().keySet();
        return ids.isEmpty() ? Set.of("-") : ids;
    }
}
