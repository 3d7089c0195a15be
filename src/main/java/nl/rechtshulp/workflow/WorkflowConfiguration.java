package nl.rechtshulp.workflow;

import java.util.ArrayList;
import java.util.List;
import nl.rechtshulp.security.AuthorityGroups;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class WorkflowConfiguration {

    /** Before the engine's REST API and the webapps' own API: no task outside a process, for anyone. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<StandaloneTaskRefusalFilter> standaloneTaskRefusal() {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new StandaloneTaskRefusalFilter());
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 20);
        registration.setName("standaloneTaskRefusal");
        return registration;
    }

    /** After Spring Security, so the caller is known: what a caller may write through the engine's REST APIs. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<EngineWriteGuard> engineWriteGuard(
            @org.springframework.context.annotation.Lazy org.camunda.bpm.engine.TaskService taskService,
            @org.springframework.context.annotation.Lazy org.camunda.bpm.engine.RepositoryService repositoryService,
            org.springframework.jdbc.core.JdbcTemplate jdbc) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(
                new EngineWriteGuard(taskService, new TaskForms(jdbc, repositoryService), TaskCompletionListener::schemaOf,
                        new StartForms(repositoryService)));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(org.springframework.boot.autoconfigure.security.SecurityProperties.DEFAULT_FILTER_ORDER + 10);
        registration.setName("engineWriteGuard");
        return registration;
    }

    /**
     * Last before Jersey, once the guard has checked the body and the engine knows the caller: a task's completion
     * answered by Camunda's own task resource without the round through Jersey.
     */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<TaskCompletionEndpoint> taskCompletionEndpoint(
            org.springframework.beans.factory.ObjectProvider<org.camunda.bpm.engine.ProcessEngine> engine,
            EngineRestConfiguration restAnswers) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(
                new TaskCompletionEndpoint(engine::getObject, restAnswers));
        registration.addUrlPatterns("/engine-rest/task/*");
        registration.setOrder(org.springframework.core.Ordered.LOWEST_PRECEDENCE);
        registration.setName("taskCompletionEndpoint");
        return registration;
    }

    @Bean
    LifecyclePlugin lifecyclePlugin(LifecycleRecorder recorder, TaskDefaultsListener taskDefaults,
                                    TaskCompletionListener taskCompletion) {
        return new LifecyclePlugin(recorder, taskDefaults, taskCompletion);
    }

    /** Members of {@code admins} are Camunda administrators, alongside Camunda's own {@code camunda-admin}. */
    @Bean
    AbstractProcessEnginePlugin adminGroupPlugin() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                // Setting the list replaces the engine's default, so Camunda's own group is named as well.
                var adminGroups = configuration.getAdminGroups() == null
                        ? new ArrayList<String>() : new ArrayList<>(configuration.getAdminGroups());
                for (String group : List.of(AuthorityGroups.ADMINS, Groups.CAMUNDA_ADMIN)) {
                    if (!adminGroups.contains(group)) {
                        adminGroups.add(group);
                    }
                }
                configuration.setAdminGroups(adminGroups);
            }
        };
    }

    /** A task's grants follow its candidate groups and assignee: moved work cannot be done by its former owners. */
    @Bean
    AbstractProcessEnginePlugin withdrawingTaskGrantsPlugin() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setResourceAuthorizationProvider(new WithdrawingTaskGrants());
            }
        };
    }

    /** The groups that hold grants are read once for all commands, not by each (see {@link GrantedGroups}). */
    @Bean
    AbstractProcessEnginePlugin sharedGrantedGroupsPlugin() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                var factories = configuration.getCustomSessionFactories() == null
                        ? new ArrayList<org.camunda.bpm.engine.impl.interceptor.SessionFactory>()
                        : new ArrayList<>(configuration.getCustomSessionFactories());
                factories.add(new GrantedGroups(java.time.Clock.systemUTC()).sessionFactory());
                configuration.setCustomSessionFactories(factories);
            }
        };
    }

    /** The engine's history tables keep what is read from them; the audit trail keeps every variable. */
    @Bean
    AbstractProcessEnginePlugin operationalHistoryPlugin() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setEnableDefaultDbHistoryEventHandler(false);
                var handlers = configuration.getCustomHistoryEventHandlers() == null
                        ? new ArrayList<org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler>()
                        : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
                handlers.add(0, new OperationalHistoryHandler());
                configuration.setCustomHistoryEventHandlers(handlers);
            }
        };
    }

    /** Queues and grant checks are asked of the database in the forms it answers fastest ({@link EngineSqlRewrites}). */
    @Bean
    AbstractProcessEnginePlugin engineSqlRewritesPlugin() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void postInit(ProcessEngineConfigurationImpl configuration) {
                configuration.getSqlSessionFactory().getConfiguration()
                        .addInterceptor(new EngineSqlRewrites(configuration.getDatabaseType()));
            }
        };
    }

    /** The engine itself refuses a task outside a process, whatever door or spelling of the URL asks for one. */
    @Bean
    AbstractProcessEnginePlugin noStandaloneTasksPlugin() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setStandaloneTasksEnabled(false);
            }
        };
    }
}
