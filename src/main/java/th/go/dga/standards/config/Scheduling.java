package th.go.dga.standards.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The application's own nightly work ({@code @Scheduled}), besides the engine's jobs. Each is safe to run on every
 * node of a cluster at once.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Scheduling {
}
