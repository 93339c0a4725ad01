package th.go.dga.standards.config;

import java.util.List;
import java.util.stream.Collectors;

import org.glassfish.jersey.server.ServerProperties;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link EngineRestRefusals} with the engine REST API at {@code /engine-rest}, whose Jersey application is a
 * Spring bean, and with the JAX-RS applications Camunda's webapps register as servlets of their own, among them the
 * copy of the engine REST API under {@code /camunda/api/engine} that Tasklist calls: Jersey takes the servlet
 * context's attributes as properties of each application it builds from a servlet's parameters, and registers the
 * provider classes the property {@code jersey.config.server.provider.classnames} names.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestErrors {

    private static final List<Class<?>> MAPPERS = List.of(EngineRestRefusals.OfRestExceptions.class, EngineRestRefusals.OfEngineExceptions.class);

    @Bean
    ResourceConfigCustomizer engineRestRefusals() {
        return config -> MAPPERS.forEach(config::register);
    }

    @Bean
    ServletContextInitializer webappsEngineRestRefusals() {
        return servletContext -> {
            String providers = MAPPERS.stream().map(Class::getName).collect(Collectors.joining(","));
            Object others = servletContext.getAttribute(ServerProperties.PROVIDER_CLASSNAMES);
            servletContext.setAttribute(ServerProperties.PROVIDER_CLASSNAMES, others == null ? providers : others + "," + providers);
        };
    }
}
