package nl.rechtshulp.workflow;

import java.util.Arrays;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine starts after Flyway has migrated: on PostgreSQL Flyway creates the engine's tables. */
@Configuration
class EngineStartOrder {

    private static final String FLYWAY = "flywayInitializer";
    private static final String ENGINE = "processEngineFactoryBean";

    @Bean
    static BeanFactoryPostProcessor engineAfterFlyway() {
        return beanFactory -> dependOnFlyway(beanFactory);
    }

    private static void dependOnFlyway(ConfigurableListableBeanFactory beanFactory) {
        if (!beanFactory.containsBeanDefinition(FLYWAY) || !beanFactory.containsBeanDefinition(ENGINE)) {
            return;
        }
        BeanDefinition engine = beanFactory.getBeanDefinition(ENGINE);
        String[] dependsOn = engine.getDependsOn() == null ? new String[0] : engine.getDependsOn();
        if (!Arrays.asList(dependsOn).contains(FLYWAY)) {
            String[] extended = Arrays.copyOf(dependsOn, dependsOn.length + 1);
            extended[dependsOn.length] = FLYWAY;
            engine.setDependsOn(extended);
        }
    }
}
