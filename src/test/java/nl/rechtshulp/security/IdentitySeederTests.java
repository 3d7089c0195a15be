package nl.rechtshulp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;

class IdentitySeederTests {

    @Test
    void refusesToStartOutsideDemoModeWithoutAnAdministratorPassword() {
        assertThatThrownBy(() -> new IdentitySeeder(mock(IdentityService.class), new SecuritySettings(false, " ")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RH_ADMIN_PASSWORD");
    }

    @Test
    void startsOutsideDemoModeWithAnAdministratorPassword() {
        new IdentitySeeder(mock(IdentityService.class), new SecuritySettings(false, "s3cret-enough"));
    }

    @Test
    void demoUsersCoverEveryAuthorityGroupWithValidIds() {
        var users = IdentitySeeder.demoUsers();
        assertThat(users).containsKeys("ircamsterdam", "ircrotterdam", "lirc", "airs", "politie", "fiod", "kmar",
                "douane", "liaison", "coordinator", "auditor");
        assertThat(users.values()).containsAll(AuthorityGroups.REGIONAL_IRCS);
        assertThat(users).as("a second officer for four-eyes steps").containsEntry("ircamsterdam2", "ircAmsterdam")
                .containsEntry("airs2", "airs").containsEntry("lirc2", "lirc").doesNotContainKey("politie2")
                .doesNotContainKey("auditor2");
        assertThat(users.keySet()).allMatch(id -> id.matches("[a-zA-Z0-9]+"));
        assertThat(IdentitySeeder.groups().keySet()).filteredOn(id -> !id.equals("camunda-admin"))
                .allMatch(id -> id.matches("[a-zA-Z0-9]+"));
    }
}
