package nl.rechtshulp.workflow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.rechtshulp.security.AuthorityGroups;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the engine (Tasklist, Cockpit, {@code /engine-rest}). Authorities work only the tasks routed
 * to their groups: the engine grants those per task to the candidate groups. On top of that, as granted here:
 * every authority opens the Tasklist and reads the filters and process diagrams; receiving authorities start
 * incoming requests, the LIRC and AIRS incoming extradition requests, and IRCs draft outgoing ones; coordinators and auditors read every request and its history in
 * Cockpit; coordinators (re)assign tasks;
 * auditors change nothing. Administrators ({@code admins}) are engine administrators. Applied at every start-up
 * ({@link EngineSetup}), adding what is missing and leaving administrators' own grants alone.
 */
@Component
class EngineAuthorizations {

    private static final String ALL = "*";

    private final AuthorizationService authorizationService;
    private final org.camunda.bpm.engine.IdentityService identityService;

    EngineAuthorizations(AuthorizationService authorizationService,
                         org.camunda.bpm.engine.IdentityService identityService) {
        this.authorizationService = authorizationService;
        this.identityService = identityService;
    }

    void apply() {
        List<String> authorities = authorities();
        for (String group : authorities) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(group, Resources.FILTER, ALL, Permissions.READ);
            grant(group, Resources.PROCESS_DEFINITION, ALL, ProcessDefinitionPermissions.READ);
        }
        for (String group : AuthorityGroups.RECEIVING_AUTHORITIES) {
            grant(group, Resources.PROCESS_INSTANCE, ALL, Permissions.CREATE);
            grant(group, Resources.PROCESS_DEFINITION, ProcessKeys.INCOMING_MLA, ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.CREATE_INSTANCE);
        }
        // Extradition alerts arrive at the LIRC, formal requests at AIRS: each registers them in its Tasklist start form.
        for (String group : List.of(AuthorityGroups.LIRC, AuthorityGroups.AIRS)) {
            grant(group, Resources.PROCESS_DEFINITION, ProcessKeys.INCOMING_EXTRADITION, ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.CREATE_INSTANCE);
        }
        for (String group : authorities) {
            if (AuthorityGroups.isIrc(group)) {
                grant(group, Resources.PROCESS_DEFINITION, ProcessKeys.OUTGOING_MLA, ProcessDefinitionPermissions.READ,
                        ProcessDefinitionPermissions.CREATE_INSTANCE);
            }
        }
        for (String group : List.of(AuthorityGroups.COORDINATORS, AuthorityGroups.AUDITORS)) {
            grantReadEverything(group);
        }
        grant(AuthorityGroups.COORDINATORS, Resources.TASK, ALL, TaskPermissions.READ, TaskPermissions.TASK_ASSIGN);
        auditorsReadTheirOwnAccountOnly();
        // Queries check grants even for engine administrators: they get everything, as Camunda's own setup does.
        for (String group : List.of(AuthorityGroups.ADMINS, Groups.CAMUNDA_ADMIN)) {
            for (Resource resource : Resources.values()) {
                grant(group, resource, ALL, Permissions.ALL);
            }
        }
    }

    /**
     * The engine gives every new user all permissions on their own account; an auditor changes nothing, not even that
     * (a password is changed by an administrator). Applied to the auditors known at start-up.
     */
    private void auditorsReadTheirOwnAccountOnly() {
        for (var auditor : identityService.createUserQuery().memberOfGroup(AuthorityGroups.AUDITORS).list()) {
            Authorization own = authorizationService.createAuthorizationQuery()
                    .authorizationType(Authorization.AUTH_TYPE_GRANT).userIdIn(auditor.getId())
                    .resourceType(Resources.USER).resourceId(auditor.getId()).singleResult();
            if (own != null && (own.isPermissionGranted(Permissions.UPDATE) || own.isPermissionGranted(Permissions.DELETE))) {
                own.setPermissions(new Permission[] {Permissions.READ});
                authorizationService.saveAuthorization(own);
            }
        }
    }

    private void grantReadEverything(String group) {
        grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(group, Resources.PROCESS_DEFINITION, ALL, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.READ_HISTORY);
        grant(group, Resources.PROCESS_INSTANCE, ALL, ProcessInstancePermissions.READ);
        grant(group, Resources.TASK, ALL, TaskPermissions.READ);
        grant(group, Resources.HISTORIC_PROCESS_INSTANCE, ALL, HistoricProcessInstancePermissions.READ);
        grant(group, Resources.HISTORIC_TASK, ALL, HistoricTaskPermissions.READ);
        grant(group, Resources.DECISION_DEFINITION, ALL, Permissions.READ, Permissions.READ_HISTORY);
        grant(group, Resources.DEPLOYMENT, ALL, Permissions.READ);
    }

    private static List<String> authorities() {
        List<String> groups = new ArrayList<>(AuthorityGroups.RECEIVING_AUTHORITIES);
        groups.addAll(AuthorityGroups.EXECUTING_SERVICES);
        groups.addAll(List.of(AuthorityGroups.LIAISON_MAGISTRATES, AuthorityGroups.COORDINATORS, AuthorityGroups.AUDITORS));
        return groups;
    }

    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizationService.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(group).resourceType(resource).resourceId(resourceId).singleResult();
        Authorization authorization = existing;
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(group);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        boolean missing = Arrays.stream(permissions).anyMatch(permission -> !existingHas(existing, permission));
        if (missing) {
            Arrays.stream(permissions).forEach(authorization::addPermission);
            authorizationService.saveAuthorization(authorization);
        }
    }

    private static boolean existingHas(Authorization existing, Permission permission) {
        return existing != null && existing.isPermissionGranted(permission);
    }
}
