package nl.rechtshulp.referencedata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Evaluates the latest deployed version of a decision table for rules that are looked up often and need no audit
 * entry of their own (target times, time limits): parsed once per version, evaluated in memory, no history written.
 * Decisions that must be explained to an auditor go through the engine's DecisionService instead.
 */
@Component
public class DecisionTables {

    private final RepositoryService repositoryService;
    private final DmnEngine dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final Map<String, DmnDecision> parsedByDefinitionId = new ConcurrentHashMap<>();
    private final Map<String, LatestVersion> latestByKey = new ConcurrentHashMap<>();
    private final Map<Question, List<Map<String, Object>>> answers = new ConcurrentHashMap<>();

    /** Which definition is the latest, remembered for a short while: new versions are rare, look-ups are not. */
    private record LatestVersion(String definitionId, long checkedAtNanos) {
        boolean isFresh() {
            return System.nanoTime() - checkedAtNanos < LATEST_VERSION_TTL_NANOS;
        }
    }

    private static final long LATEST_VERSION_TTL_NANOS = 60_000_000_000L;

    /** Lazy: engine plugins use this table before the engine that owns the repository exists. */
    public DecisionTables(@Lazy RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    /**
     * The single matching rule's outputs; a table without a matching rule is a gap in the rules, so it fails.
     * Tables are pure functions of their inputs, and these inputs are few (task, urgency, region...): each answer is
     * remembered per table version, which spares the FEEL evaluation on every task.
     */
    public Map<String, Object> evaluate(String decisionKey, Map<String, Object> inputs) {
        List<Map<String, Object>> rows = evaluateAll(decisionKey, inputs);
        if (rows.size() != 1) {
            throw new IllegalStateException("Decision " + decisionKey + " has " + rows.size() + " rules for " + inputs);
        }
        return rows.get(0);
    }

    /** Every matching rule's outputs, in rule order (a collecting table: none may match), remembered likewise. */
    public List<Map<String, Object>> evaluateAll(String decisionKey, Map<String, Object> inputs) {
        DmnDecision decision = latest(decisionKey);
        String definitionId = latestByKey.get(decisionKey).definitionId();
        return answers.computeIfAbsent(new Question(definitionId, Map.copyOf(inputs)), question ->
                dmnEngine.evaluateDecisionTable(decision, new HashMap<>(inputs)).getResultList().stream()
                        // Outputs may be null (no channel, no rank), which Map.copyOf refuses.
                        .map(entries -> Collections.unmodifiableMap(new HashMap<>(entries))).toList());
    }

    private record Question(String definitionId, Map<String, Object> inputs) {
    }

    private DmnDecision latest(String decisionKey) {
        LatestVersion latest = latestByKey.get(decisionKey);
        if (latest == null || !latest.isFresh()) {
            latest = new LatestVersion(latestDefinitionId(decisionKey), System.nanoTime());
            latestByKey.put(decisionKey, latest);
        }
        String definitionId = latest.definitionId();
        return parsedByDefinitionId.computeIfAbsent(definitionId, id -> parse(decisionKey, id));
    }

    /** The id of the latest deployed version; tests read the models from files instead. */
    String latestDefinitionId(String decisionKey) {
        DecisionDefinition definition = repositoryService.createDecisionDefinitionQuery()
                .decisionDefinitionKey(decisionKey).latestVersion().singleResult();
        if (definition == null) {
            throw new IllegalStateException("Decision " + decisionKey + " is not deployed");
        }
        return definition.getId();
    }

    InputStream model(String definitionId) {
        return repositoryService.getDecisionModel(definitionId);
    }

    private DmnDecision parse(String decisionKey, String definitionId) {
        try (InputStream model = model(definitionId)) {
            return dmnEngine.parseDecision(decisionKey, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
