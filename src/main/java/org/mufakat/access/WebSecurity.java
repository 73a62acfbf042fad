package org.mufakat.access;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.mufakat.audit.AuditEvent;
import org.mufakat.audit.AuditLog;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

import java.time.Clock;
import java.time.Duration;


/**
 * The web's doors: who must sign in for what, CSRF on every form, security headers. Finer decisions (which year,
 * which party) are the {@link AccessPolicy}'s, asked by the modules themselves.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

    /** htmx and the pages need nothing inline; the API's documentation (Swagger UI) needs inline styles. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String API_DOCS_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                new HttpSessionSecurityContextRepository());
    }

    /** Signed in with every factor the account needs: a pending sign-in (password only) is not enough. */
    static AuthorizationManager<RequestAuthorizationContext> signedIn() {
        return (authentication, context) -> {
            Authentication current = authentication.get();
            boolean signedIn = current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken)
                    && current.getAuthorities().stream().noneMatch(a -> SecondFactor.PENDING_AUTHORITY.equals(a.getAuthority()));
            return new AuthorizationDecision(signedIn);
        };
    }

    @Bean
    SessionLifetime sessionLifetime(@Value("${mufakat.session.absolute-timeout:12h}") Duration absolute, Clock clock) {
        return new SessionLifetime(absolute, clock);
    }

    /** Not a servlet filter of its own: it runs inside the security filter chains only. */
    @Bean
    FilterRegistrationBean<SessionLifetime> sessionLifetimeOutsideTheChain(SessionLifetime lifetime) {
        var registration = new FilterRegistrationBean<>(lifetime);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, SessionLifetime lifetime, AuditLog audit) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            audit.recordIndependently(AuditEvent.of("access.unauthenticated", null, null)
                    .withDetails(Map.of("request", request.getMethod() + " " + request.getRequestURI())));
            problem(response, request, HttpStatus.UNAUTHORIZED, "Sign in or send a personal API token (Authorization: Bearer ...)");
        };
        // CSRF protects what a browser's cookie signs in; a token-bearing script or an anonymous caller has no cookie.
        RequestMatcher withoutSession = request -> String.valueOf(request.getHeader("Authorization")).startsWith("Bearer ")
                || request.getSession(false) == null;
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/api/**").permitAll()
                        .anyRequest().access(signedIn()))
                .csrf(csrf -> csrf.ignoringRequestMatchers(withoutSession))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(API_DOCS_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler((request, response, e) -> {
                            refused(audit, request, e);
                            problem(response, request, HttpStatus.FORBIDDEN, "Not allowed (a missing or wrong CSRF token is also refused)");
                        }))
                .addFilterBefore(lifetime, SecurityContextHolderFilter.class)
                .addFilterBefore(new BearerTokens(tokens, unauthenticated), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AccountSignIn signIn, SignInCompletion completion,
                              SecurityContextRepository contexts, SessionLifetime lifetime, AuditLog audit) throws Exception {
        var forbidden = new org.springframework.security.web.access.AccessDeniedHandlerImpl();
        var failure = new SimpleUrlAuthenticationFailureHandler("/sign-in?error") {
            @Override
            public void onAuthenticationFailure(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                                                org.springframework.security.core.AuthenticationException exception)
                    throws java.io.IOException, jakarta.servlet.ServletException {
                pause(signIn.delayMillisFor(request.getParameter("username")));
                super.onAuthenticationFailure(request, response, exception);
            }
        };
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(SignInCompletion.SECOND_FACTOR_PAGE).hasAuthority(SecondFactor.PENDING_AUTHORITY)
                        .requestMatchers("/admin/**").hasAuthority(Role.ADMINISTRATOR.name())
                        .requestMatchers("/account/**").access(signedIn())
                        .requestMatchers(request -> HttpMethod.GET.matches(request.getMethod())
                                && (request.getRequestURI().endsWith("/new") || request.getRequestURI().endsWith("/edit"))).access(signedIn())
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .requestMatchers("/sign-in", "/error", "/setup/**").permitAll()
                        .anyRequest().access(signedIn()))
                .securityContext(context -> context.securityContextRepository(contexts))
                .addFilterBefore(lifetime, SecurityContextHolderFilter.class)
                .formLogin(form -> form.loginPage("/sign-in").loginProcessingUrl("/sign-in").failureHandler(failure)
                        .successHandler(completion).permitAll())
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/?signedOut"))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler((request, response, e) -> {
                    refused(audit, request, e);
                    forbidden.handle(request, response, e);
                }))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    private static void refused(AuditLog audit, HttpServletRequest request, Exception reason) {
        audit.recordIndependently(AuditEvent.of("access.refused", null, null).withDetails(Map.of(
                "request", request.getMethod() + " " + request.getRequestURI(), "reason", reason.getClass().getSimpleName())));
    }

    private static void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void problem(jakarta.servlet.http.HttpServletResponse response, HttpServletRequest request, HttpStatus status,
                                String detail) throws java.io.IOException {
        var problem = new java.util.LinkedHashMap<String, Object>();
        problem.put("type", "https://mufakat.org/problems/" + (status == HttpStatus.UNAUTHORIZED ? "unauthenticated" : "forbidden"));
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
