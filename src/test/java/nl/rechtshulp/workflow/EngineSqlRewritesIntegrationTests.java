package nl.rechtshulp.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.rechtshulp.support.IntegrationTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's grant checks answer the same through the rewritten SQL (PostgreSQL) as through the engine's own (H2):
 * a grant on one instance shows that instance and its variables only, a grant on the definition shows all, none
 * shows nothing.
 */
@IntegrationTest
class EngineSqlRewritesIntegrationTests {

    private static final String PROCESS = "rhGrantLookup";
    private static final String PROBE = "rhgrantprobe";

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    private Deployment deployment;
    private final List<String> grants = new ArrayList<>();
    private ProcessInstance granted;
    private ProcessInstance other;

    @BeforeEach
    void twoInstances() {
        var model = Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1).startEvent()
                .userTask("Task_Waiting").camundaCandidateGroups("ircRotterdam").endEvent().done();
        deployment = repositoryService.createDeployment().addModelInstance(PROCESS + ".bpmn", model).deploy();
        granted = start();
        other = start();
    }

    @AfterEach
    void removeThem() {
        identityService.clearAuthentication();
        grants.forEach(authorizationService::deleteAuthorization);
        repositoryService.deleteDeployment(deployment.getId(), true);
    }

    @Test
    void aGrantOnOneInstanceShowsThatInstanceAndItsVariablesOnly() {
        grant(Resources.PROCESS_INSTANCE, granted.getId(), Permissions.READ);
        identityService.setAuthentication(PROBE, List.of());

        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS).list())
                .extracting(ProcessInstance::getId).containsExactly(granted.getId());
        assertThat(runtimeService.createVariableInstanceQuery().variableName("probeReference").list())
                .extracting(VariableInstance::getProcessInstanceId).containsExactly(granted.getId());
        assertThat(runtimeService.createVariableInstanceQuery().variableName("probeReference").count()).isEqualTo(1);
    }

    @Test
    void aGrantOnTheDefinitionShowsEveryInstanceOnceAndNoGrantShowsNothing() {
        identityService.setAuthentication(PROBE, List.of());
        assertThat(runtimeService.createVariableInstanceQuery().variableName("probeReference").list()).isEmpty();

        identityService.clearAuthentication();
        grant(Resources.PROCESS_DEFINITION, PROCESS, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
                ProcessDefinitionPermissions.READ_INSTANCE);
        grant(Resources.PROCESS_INSTANCE, granted.getId(), Permissions.READ); // a second grant on one of them
        identityService.setAuthentication(PROBE, List.of());

        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS).list())
                .extracting(ProcessInstance::getId).containsExactlyInAnyOrder(granted.getId(), other.getId());
        assertThat(runtimeService.createVariableInstanceQuery().variableName("probeReference").list())
                .extracting(VariableInstance::getProcessInstanceId)
                .containsExactlyInAnyOrder(granted.getId(), other.getId());
    }

    private void grant(Resources resource, String resourceId, org.camunda.bpm.engine.authorization.Permission... permissions) {
        Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setUserId(PROBE);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (var permission : permissions) {
            authorization.addPermission(permission);
        }
        grants.add(authorizationService.saveAuthorization(authorization).getId());
    }

    private ProcessInstance start() {
        String key = "G-" + UUID.randomUUID().toString().substring(0, 8);
        return runtimeService.startProcessInstanceByKey(PROCESS, key,
                Map.of("probeReference", key, "reference", key, "urgency", "NORMAL"));
    }
}
