package nl.rechtshulp.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.rechtshulp.support.IntegrationTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The groups that hold grants are shared between commands, and a group's first grant counts at once. */
@IntegrationTest
class GrantedGroupsIntegrationTests {

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    IdentityService identityService;

    @Test
    void aGroupsFirstGrantCountsFromTheNextCommandOn() {
        String group = "rhNewGroup" + UUID.randomUUID().toString().substring(0, 8);
        String resource = "rh-resource-" + UUID.randomUUID();
        // The shared set is read now, while the group has no grant at all.
        assertThat(authorizationService.isUserAuthorized("nobody", List.of(group), Permissions.READ,
                Resources.PROCESS_DEFINITION, resource)).isFalse();

        Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(group);
        grant.setResource(Resources.PROCESS_DEFINITION);
        grant.setResourceId(resource);
        grant.addPermission(Permissions.READ);
        grant = authorizationService.saveAuthorization(grant);
        try {
            assertThat(authorizationService.isUserAuthorized("nobody", List.of(group), Permissions.READ,
                    Resources.PROCESS_DEFINITION, resource)).as("within the shared set's 30 seconds").isTrue();
            assertThat(authorizationService.isUserAuthorized("nobody", List.of("rhOtherGroup"), Permissions.READ,
                    Resources.PROCESS_DEFINITION, resource)).isFalse();
        } finally {
            authorizationService.deleteAuthorization(grant.getId());
        }
        assertThat(authorizationService.isUserAuthorized("nobody", List.of(group), Permissions.READ,
                Resources.PROCESS_DEFINITION, resource)).as("a group left in the set matches nothing").isFalse();
    }
}
