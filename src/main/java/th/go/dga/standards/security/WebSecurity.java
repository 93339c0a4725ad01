package th.go.dga.standards.security;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;

/**
 * One login for everything: Spring Security authenticates against the engine's users, with a Thai login page and a
 * session for people, HTTP Basic for integrators, and hands the user to the Camunda webapps and the engine REST API.
 * <ul>
 * <li>{@code /api/**}: the public endpoints are open; everything else needs a user, by session or HTTP Basic.</li>
 * <li>{@code /engine-rest/**}: a user, by session or HTTP Basic; the engine's authorizations decide the rest.</li>
 * <li>{@code /camunda/**}: Tasklist, Cockpit and Admin, for a logged-in user; the login is ours, not theirs.</li>
 * <li>Everything else: the site and the login page.</li>
 * <li>On the management port ({@code management.server.port}), health and metrics for the orchestrator and
 * Prometheus: open, without a session. The public port does not serve them at all.</li>
 * </ul>
 * A request that carries the session cookie and changes something must carry the CSRF token; a request
 * authenticated by HTTP Basic or made without a session has no ambient credential to forge. The token is kept in a
 * cookie of its own ({@code XSRF-SITE}, sent back in a form's {@code _csrf} or the {@code X-XSRF-SITE} header), so that
 * a visitor reading the site is given no session on the server. HTTP Basic authenticates
 * its own request only: it never leaves a session behind, and neither does a refused request, so a cookie can only
 * ever stand for a login through the login page. The one exception is the unsubscribe address of the announcement
 * mails, which a mail program posts to without any cookie (RFC 8058): the secret token in the address authorises it.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class WebSecurity {

    static final String CAMUNDA_LOGOUT = "/camunda/api/admin/auth/user/*/logout";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    /** The site's and the API's CSRF tokens; Camunda's webapps keep their own ({@code XSRF-TOKEN}). */
    static final CsrfTokenRepository CSRF_TOKENS = csrfTokens();
    /** A form's masked token or a script's header, see {@link HeaderOrFormCsrfTokens}. */
    static final CsrfTokenRequestHandler CSRF_REQUESTS = new HeaderOrFormCsrfTokens();
    /** Where HTTP Basic keeps its user: in the request it came with, never in a session. */
    private static final SecurityContextRepository FOR_THIS_REQUEST = new RequestAttributeSecurityContextRepository();

    /** The one-click unsubscribe address of the announcement mails, the only form post of the site without a CSRF token. */
    static final RequestMatcher ONE_CLICK_UNSUBSCRIBE = new AntPathRequestMatcher("/subscriptions/unsubscribe", "POST");

    /** Camunda's own CSP, with nonces, covers its webapps; ours covers the rest. */
    static final String SITE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

    /**
     * Actuator's endpoints. With a management port of its own, {@link EndpointRequest} matches requests on that port
     * only, which the public load balancer does not forward to; the endpoints exposed there only read.
     */
    @Bean
    @Order(0)
    SecurityFilterChain operations(HttpSecurity http) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .requestCache(cache -> cache.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // no login, so no credential a forged request could ride on
                .csrf(csrf -> csrf.disable())
                .headers(headers -> common(headers).contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY)));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, IdentityService identityService, ObjectMapper json, LocaleResolver locales) throws Exception {
        ProblemResponses problems = new ProblemResponses(json, locales);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/hearings", "/api/hearings/*", "/api/hearings/*/documents", "/api/hearings/*/draft",
                                "/api/catalogue", "/api/catalogue/**", "/api/documents/*/content", "/api/documents/*").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/hearings/*/comments", "/api/hearings/*/registrations", "/api/subscriptions", "/api/verify").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems).securityContextRepository(FOR_THIS_REQUEST))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .requestCache(cache -> cache.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.csrfTokenRepository(CSRF_TOKENS).csrfTokenRequestHandler(CSRF_REQUESTS).requireCsrfProtectionMatcher(WebSecurity::cookieAuthenticatedChange))
                .headers(headers -> common(headers).contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY)))
                .addFilterAfter(new EngineIdentityFilter(identityService), BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain engineRest(HttpSecurity http, ObjectMapper json, LocaleResolver locales, AuthorizationService authorizations) throws Exception {
        ProblemResponses problems = new ProblemResponses(json, locales);
        http.securityMatcher(new AntPathRequestMatcher("/engine-rest/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems).securityContextRepository(FOR_THIS_REQUEST))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .requestCache(cache -> cache.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.csrfTokenRepository(CSRF_TOKENS).csrfTokenRequestHandler(CSRF_REQUESTS).requireCsrfProtectionMatcher(WebSecurity::cookieAuthenticatedChange))
                .headers(headers -> common(headers).contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY)))
                .addFilterAfter(new EngineCallsFilter(authorizations, json, locales), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain camundaWebapps(HttpSecurity http, ObjectMapper json, LocaleResolver locales, AuthorizationService authorizations) throws Exception {
        ProblemResponses problems = new ProblemResponses(json, locales);
        RequestMatcher api = new AntPathRequestMatcher("/camunda/api/**");
        http.securityMatcher(new AntPathRequestMatcher("/camunda/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(problems, api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
                        .accessDeniedHandler(problems))
                // Tasklist's "sign out" ends the one session, not only Tasklist's view of it
                .logout(logout -> logout.logoutRequestMatcher(new AntPathRequestMatcher(CAMUNDA_LOGOUT, "POST"))
                        .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK)))
                // the webapps send Camunda's own CSRF token (X-XSRF-TOKEN): checked here first, sign-out included, so that a
                // request without it is refused without Camunda's filter ending the session
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new CamundaCsrfCheck(json, locales), LogoutFilter.class)
                .headers(WebSecurity::common)
                .addFilterAfter(new EngineCallsFilter(authorizations, json, locales), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain site(HttpSecurity http, LoginFailures failures, IdentityService identityService) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/notifications", "/notifications/**").hasAuthority(Groups.authority(Groups.SECRETARIAT))
                        .requestMatchers("/work", "/work/**").authenticated()
                        .anyRequest().permitAll())
                // a mail program's one-click unsubscribe (RFC 8058) posts without a token; the link's own token is its credential
                .csrf(csrf -> csrf.csrfTokenRepository(CSRF_TOKENS).csrfTokenRequestHandler(CSRF_REQUESTS).ignoringRequestMatchers(ONE_CLICK_UNSUBSCRIBE))
                .formLogin(form -> form.loginPage("/login").failureHandler(failures).defaultSuccessUrl("/work").permitAll())
                .logout(logout -> logout.logoutRequestMatcher(new OrRequestMatcher(new AntPathRequestMatcher("/logout", "POST")))
                        .logoutSuccessUrl("/login?logout"))
                .httpBasic(basic -> basic.securityContextRepository(FOR_THIS_REQUEST))
                .headers(headers -> common(headers).contentSecurityPolicy(csp -> csp.policyDirectives(SITE_POLICY)))
                // the staff's workspace works on tasks as the logged-in user
                .addFilterAfter(new EngineIdentityFilter(identityService), AuthorizationFilter.class);
        return http.build();
    }

    /** Headers every answer carries. HSTS is sent on secure requests only, as Spring Security does by default. */
    private static HeadersConfigurer<HttpSecurity> common(HeadersConfigurer<HttpSecurity> headers) {
        return headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny);
    }

    private static CsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        tokens.setCookieName("XSRF-SITE");
        tokens.setHeaderName("X-XSRF-SITE");
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return tokens;
    }

    /**
     * A change made with the session cookie as its credential. HTTP Basic credentials authenticate the request on
     * their own (wrong ones are refused with 401, never passed on to the session), so they need no token; any other
     * {@code Authorization} header does not stand in for one.
     */
    static boolean cookieAuthenticatedChange(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        return !SAFE_METHODS.contains(request.getMethod()) && !basic && request.getSession(false) != null;
    }


    /** The Camunda webapps take the user Spring Security has authenticated, instead of showing their own login. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappsSingleLogin() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("camunda-single-login");
        registration.setInitParameters(Map.of("authentication-provider", SpringSecurityUser.class.getName()));
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        // after Spring Security's filter chain, which authenticates the user
        registration.setOrder(101);
        return registration;
    }

    /** The engine REST API acts as the user Spring Security has authenticated. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestUser() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-user");
        registration.addInitParameter("authentication-provider", SpringSecurityUser.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }
}
