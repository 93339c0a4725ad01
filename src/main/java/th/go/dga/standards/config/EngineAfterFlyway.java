package th.go.dga.standards.config;

import java.util.Arrays;
import java.util.stream.Stream;

import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine starts after Flyway has migrated the database: Flyway creates the engine's tables too
 * ({@link EngineSchemaMigration}), and the engine's start-up (demo data, filters) uses the application's.
 */
@Configuration(proxyBeanMethods = false)
class EngineAfterFlyway {

    @Bean
    static BeanFactoryPostProcessor processEngineDependsOnFlyway() {
        return beanFactory -> {
            for (String name : beanFactory.getBeanNamesForType(ProcessEngineFactoryBean.class, true, false)) {
                dependOnFlyway(beanFactory, name.startsWith("&") ? name.substring(1) : name);
            }
        };
    }

    private static void dependOnFlyway(ConfigurableListableBeanFactory beanFactory, String beanName) {
        if (!beanFactory.containsBeanDefinition(beanName) || !beanFactory.containsBeanDefinition("flywayInitializer")) {
            return;
        }
        BeanDefinition definition = beanFactory.getBeanDefinition(beanName);
        String[] dependsOn = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
        definition.setDependsOn(Stream.concat(Arrays.stream(dependsOn), Stream.of("flywayInitializer")).toArray(String[]::new));
    }
}
