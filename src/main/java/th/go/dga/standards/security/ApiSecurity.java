package th.go.dga.standards.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.servlet.LocaleResolver;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The API ({@code /api/**}): HTTP Basic against the engine's users, no session. The public reads hearings, the
 * catalogue and public documents, and sends comments and meeting registrations; everything else needs a user, and
 * the group checks are on the endpoints. The Camunda webapps and the engine REST API keep their own login.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class ApiSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, IdentityService identityService, ObjectMapper json, LocaleResolver locales) throws Exception {
        ProblemResponses problems = new ProblemResponses(json, locales);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/hearings", "/api/hearings/*", "/api/hearings/*/documents",
                                "/api/catalogue", "/api/catalogue/**", "/api/documents/*/content", "/api/documents/*").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/hearings/*/comments", "/api/hearings/*/registrations").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // no cookie authenticates an API call, so there is no cross-site request to forge
                .csrf(csrf -> csrf.disable())
                .addFilterAfter(new EngineIdentityFilter(identityService), BasicAuthenticationFilter.class);
        return http.build();
    }

    /** Everything else: the Camunda webapps and the engine REST API authenticate by themselves. */
    @Bean
    @Order(2)
    SecurityFilterChain rest(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }
}
