package nl.rechtshulp.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates the authority groups and the administrator at start-up, and in demo mode one user per group. Existing
 * groups and users are left as they are, so restarts and administrators' changes are safe.
 */
@Component
public class IdentitySeeder {

    static final String ADMIN_USER = "admin";
    static final String DEMO_PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(IdentitySeeder.class);

    private final IdentityService identityService;
    private final SecuritySettings settings;

    IdentitySeeder(IdentityService identityService, SecuritySettings settings) {
        this.identityService = identityService;
        this.settings = settings;
        if (!settings.demo() && (settings.adminPassword() == null || settings.adminPassword().isBlank())) {
            throw new IllegalStateException(
                    "RH_ADMIN_PASSWORD is not set: outside demo mode the administrator's password must be given");
        }
    }

    public void seed() {
        groups().forEach(this::ensureGroup);
        ensureUser(ADMIN_USER, "Beheerder", settings.demo() ? "admin" : settings.adminPassword(),
                List.of(AuthorityGroups.ADMINS, Groups.CAMUNDA_ADMIN));
        if (settings.demo()) {
            demoUsers().forEach((userId, group) -> ensureUser(userId, userId, DEMO_PASSWORD, List.of(group)));
            log.warn("Demo mode: demo users with password '{}' and admin/admin exist; never use this in production",
                    DEMO_PASSWORD);
        }
    }

    static Map<String, String> groups() {
        Map<String, String> groups = new LinkedHashMap<>();
        AuthorityGroups.REGIONAL_IRCS.forEach(irc -> groups.put(irc, "IRC " + irc.substring(3)));
        groups.put(AuthorityGroups.LIRC, "Landelijk IRC");
        groups.put(AuthorityGroups.FUNCTIONEEL_PARKET, "IRC Functioneel Parket");
        groups.put(AuthorityGroups.AIRS, "AIRS (centrale autoriteit)");
        groups.put("politie", "Politie");
        groups.put("fiod", "FIOD");
        groups.put("kmar", "Koninklijke Marechaussee");
        groups.put("douane", "Douane");
        groups.put(AuthorityGroups.LIAISON_MAGISTRATES, "Liaisonmagistraten");
        groups.put(AuthorityGroups.COORDINATORS, "Coördinatoren");
        groups.put(AuthorityGroups.AUDITORS, "Auditors");
        groups.put(AuthorityGroups.ADMINS, "Beheerders");
        groups.put(Groups.CAMUNDA_ADMIN, "Camunda-beheerders");
        return groups;
    }

    /**
     * One demo user per group: the group id in lower case, with a few shorter names; and a second user for each IRC
     * and for AIRS ({@code ircamsterdam2}, {@code airs2}, ...), so that a step another person of the same authority
     * must confirm (four eyes) can be tried.
     */
    static Map<String, String> demoUsers() {
        Map<String, String> users = new LinkedHashMap<>();
        List<String> groups = new ArrayList<>(groups().keySet());
        groups.removeAll(List.of(AuthorityGroups.ADMINS, Groups.CAMUNDA_ADMIN));
        for (String group : groups) {
            String userId = switch (group) {
                case AuthorityGroups.LIAISON_MAGISTRATES -> "liaison";
                case AuthorityGroups.COORDINATORS -> "coordinator";
                case AuthorityGroups.AUDITORS -> "auditor";
                default -> group.toLowerCase(java.util.Locale.ROOT);
            };
            users.put(userId, group);
            if (AuthorityGroups.isIrc(group) || AuthorityGroups.AIRS.equals(group)) {
                users.put(userId + "2", group);
            }
        }
        return users;
    }

    private void ensureGroup(String id, String name) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType(Groups.GROUP_TYPE_WORKFLOW);
            identityService.saveGroup(group);
        }
    }

    private void ensureUser(String id, String name, String password, List<String> groups) {
        if (identityService.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identityService.newUser(id);
        user.setFirstName(name);
        user.setLastName("");
        user.setPassword(password);
        identityService.saveUser(user);
        groups.forEach(group -> identityService.createMembership(id, group));
    }
}
