package nl.rechtshulp.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * Carries incoming MLA requests through their whole lifecycle over HTTP (register, every task, close) on one or
 * more nodes, the way users behind a load balancer would: a node that does not answer is skipped for the next one.
 * Records each step's latency. Used by the cluster tests and the benchmark.
 */
public class LifecycleDriver {

    public static final List<String> STEPS = List.of("register", "Task_CheckCompleteness",
            "Task_AssignCompetentAuthority", "Task_AssessLegalConditions", "Task_ExecuteMeasures",
            "Task_HandOverResults", "Task_CloseRequest");

    private static final Map<String, String> WORKER = Map.of(
            "Task_CheckCompleteness", "ircamsterdam", "Task_AssignCompetentAuthority", "coordinator",
            "Task_AssessLegalConditions", "ircamsterdam", "Task_ExecuteMeasures", "politie",
            "Task_HandOverResults", "ircamsterdam", "Task_CloseRequest", "ircamsterdam");
    private static final Map<String, Map<String, Object>> VALUES = Map.of(
            "Task_CheckCompleteness", Map.of("requestComplete", "true"),
            "Task_AssignCompetentAuthority", Map.of("owningIrc", "ircAmsterdam", "officerOfJustice", "mr. Jansen",
                    "executingService", "politie"),
            "Task_AssessLegalConditions", Map.of("assistanceGranted", "true", "reason", "Geen weigeringsgronden"),
            "Task_ExecuteMeasures", Map.of("executionResult", "FULLY_EXECUTED", "executedOn", "2026-11-20",
                    "resultsSummary", "Getuige gehoord"),
            "Task_HandOverResults", Map.of("handedOverOn", "2026-11-21", "handOverChannel", "DIRECT"),
            "Task_CloseRequest", Map.of("complaintLodged", "false", "closingNote", "Afgerond"));

    private final List<String> nodes;
    private final Map<String, List<ApiClient>> clientsByUser = new ConcurrentHashMap<>();
    private final Map<String, ConcurrentLinkedQueue<Long>> nanosByStep = new ConcurrentHashMap<>();

    public LifecycleDriver(List<String> nodes) {
        this.nodes = List.copyOf(nodes);
    }

    /** Registers a request from Denmark (direct route on the 2000 Convention, no coercion); answers its reference. */
    public String register(String foreignReference) {
        Map<String, Object> body = IncomingRequests.fromDenmark();
        body.put("foreignReference", foreignReference);
        ApiClient.Response response = timed("register", "ircamsterdam", client -> client.post("/api/requests", body));
        if (response.status() == 409 && response.body().has("existingReference")) {
            return response.body().path("existingReference").asText(); // registered before a node went away
        }
        if (response.status() != 201) {
            throw new IllegalStateException("registration answered " + response.status() + ": " + response.body());
        }
        return response.body().path("reference").asText();
    }

    /** Completes every task of the request until it is closed. */
    public void carryToClosure(String reference) {
        for (int step = 0; step < 20; step++) {
            JsonNode request = call("coordinator", client -> client.get("/api/requests/" + reference)).body();
            if ("CLOSED".equals(request.path("phase").asText())) {
                return;
            }
            JsonNode task = request.path("openTasks").get(0);
            if (task == null) {
                throw new IllegalStateException(reference + " has no open task in phase " + request.path("phase"));
            }
            complete(task.path("taskKey").asText(), task.path("id").asText());
        }
        throw new IllegalStateException(reference + " did not close");
    }

    private void complete(String taskKey, String taskId) {
        Map<String, Object> variables = new java.util.HashMap<>();
        VALUES.get(taskKey).forEach((name, value) -> variables.put(name, Map.of("value", value)));
        ApiClient.Response response = timed(taskKey, WORKER.get(taskKey),
                client -> client.post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables)));
        if (response.status() != 204 && response.status() != 409) {
            throw new IllegalStateException(taskKey + " answered " + response.status() + ": " + response.body());
        }
    }

    private ApiClient.Response timed(String step, String user, Function<ApiClient, ApiClient.Response> call) {
        long start = System.nanoTime();
        ApiClient.Response response = call(user, call);
        nanosByStep.computeIfAbsent(step, key -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - start);
        return response;
    }

    private ApiClient.Response call(String user, Function<ApiClient, ApiClient.Response> call) {
        List<ApiClient> clients = clientsByUser.computeIfAbsent(user, key -> nodes.stream()
                .map(node -> ApiClient.withSession(node, key, "demo")).toList());
        int first = Math.floorMod(Thread.currentThread().getId(), clients.size());
        UncheckedIOException last = null;
        for (int attempt = 0; attempt < clients.size(); attempt++) {
            try {
                return call.apply(clients.get((first + attempt) % clients.size()));
            } catch (UncheckedIOException unreachable) {
                last = unreachable;
            }
        }
        throw last;
    }

    /** Latencies of one step in milliseconds, sorted. */
    public List<Double> latenciesMillis(String step) {
        return nanosByStep.getOrDefault(step, new ConcurrentLinkedQueue<>()).stream()
                .map(nanos -> nanos / 1_000_000.0).sorted().toList();
    }

    public static double percentile(List<Double> sorted, double share) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(share * sorted.size()) - 1));
    }
}
