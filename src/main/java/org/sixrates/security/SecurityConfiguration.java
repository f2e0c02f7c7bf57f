package org.sixrates.security;

import java.time.Clock;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.sixrates.system.SixRatesProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * Two filter chains. {@code /api/**}: an API token or HTTP Basic, stateless, no CSRF (no
 * cookie authenticates it), 401, 403 and 429 as problem details. Everything else: the
 * login form, a session whose id changes at login, CSRF on every form, HTTP Basic for a
 * scraper without a session, and the headers of {@link SecurityHeaders}. Every password
 * check goes through the {@link SignInThrottle}; redirects name paths, never hosts; a
 * session of a user since disabled or changed ends ({@link AccountSessions}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ UserProperties.class, SignInProperties.class })
class SecurityConfiguration {

	private static final String ADMIN = Role.ADMIN.name();

	private static final String CLERK = Role.CLERK.name();

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	Accounts users(UserProperties properties, SixRatesProperties application, PasswordEncoder encoder,
			StoredUsers stored) {
		return new Accounts(Users.of(properties, application.demoData(), encoder), stored);
	}

	@Bean
	SignInThrottle signInThrottle(SignInProperties properties, Clock clock) {
		return new SignInThrottle(properties, clock);
	}

	@Bean
	SignInGuard signInGuard(SignInThrottle throttle, AccountAudit audit, Accounts accounts) {
		return new SignInGuard(throttle, audit, accounts);
	}

	/** The one password check of the form and of HTTP Basic, on both chains. */
	@Bean
	AuthenticationManager authenticationManager(Accounts accounts, PasswordEncoder encoder, SignInGuard guard) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
		passwords.setPasswordEncoder(encoder);
		// a disabled user is refused only once its password is right: to anyone else it
		// is a wrong password like any other, counted by the throttle
		passwords.setPreAuthenticationChecks(user -> {
		});
		passwords.setPostAuthenticationChecks(user -> {
			if (!user.isEnabled()) {
				throw new DisabledException("The user " + user.getUsername() + " is disabled");
			}
		});
		return new ProviderManager(new ThrottledSignIn(passwords, guard));
	}

	@Bean
	WebSecurityCustomizer rejectedRequests() {
		return web -> web.requestRejectedHandler(new RejectedRequests());
	}

	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> tomcatErrorReports() {
		return RejectedRequests.tomcatReports();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, AuthenticationManager manager, ApiTokens tokens, Accounts accounts,
			SignInGuard guard) throws Exception {
		ApiProblemResponses problems = new ApiProblemResponses(true);
		http.securityMatcher(new AndRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
				new NegatedRequestMatcher(SecurityConfiguration::browserDownload)))
			.authenticationManager(manager)
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/api/committees")
				.hasRole(ADMIN)
				.requestMatchers(HttpMethod.DELETE, "/api/committees/**")
				.hasRole(ADMIN)
				.requestMatchers(HttpMethod.POST, "/api/records")
				.hasAnyRole(ADMIN, CLERK)
				// a year's moves and the answers to objections are the city office's, the
				// objections the clerks'
				.requestMatchers(HttpMethod.POST, "/api/years/*/state", "/api/years/*/objections/*/answer")
				.hasRole(ADMIN)
				.requestMatchers(HttpMethod.PUT, "/api/years/*/closing-date")
				.hasRole(ADMIN)
				.requestMatchers(HttpMethod.POST, "/api/years/*/objections")
				.hasRole(CLERK)
				// review decisions are the city office's; the queue is its and the
				// clerks'
				.requestMatchers(HttpMethod.POST, "/api/review/**")
				.hasRole(ADMIN)
				.requestMatchers("/api/review", "/api/review/**")
				.hasAnyRole(ADMIN, CLERK)
				.requestMatchers(HttpMethod.POST, "/api/years/*/reporting/*")
				.hasRole(CLERK)
				// a record's evidence files: the office's and the clerks' (the service
				// checks that a clerk's is its own committee)
				.requestMatchers("/api/records/*/*/evidence", "/api/records/*/*/evidence/*")
				.hasAnyRole(ADMIN, CLERK)
				// the users are the city office's, and so is the kept cube
				.requestMatchers("/api/users", "/api/users/**", "/api/cube", "/api/cube/**")
				.hasRole(ADMIN)
				.anyRequest()
				.authenticated())
			.addFilterBefore(new BearerTokenFilter(tokens, accounts, guard, problems), BasicAuthenticationFilter.class)
			.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers(SecurityHeaders::configure);
		return http.build();
	}

	/**
	 * A signed-in browser following a page's export link, {@code GET /api/….csv} or
	 * {@code .xlsx} with its session: answered on the pages' sign-in rather than with the
	 * API's Basic challenge, which would ask a signed-in user for its password again.
	 * Every such export is open to any signed-in user in the API too, and scopes what it
	 * holds itself (a clerk's records are its own committee's).
	 */
	static boolean browserDownload(HttpServletRequest request) {
		String path = request.getRequestURI();
		return HttpMethod.GET.matches(request.getMethod()) && (path.endsWith(".csv") || path.endsWith(".xlsx"))
				&& request.getSession(false) != null;
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, AuthenticationManager manager, StoredUsers stored, Accounts accounts)
			throws Exception {
		RelativeRedirects relative = new RelativeRedirects();
		SavedRequestAwareAuthenticationSuccessHandler signedIn = new SavedRequestAwareAuthenticationSuccessHandler();
		signedIn.setRedirectStrategy(relative);
		ExceptionMappingAuthenticationFailureHandler refused = new ExceptionMappingAuthenticationFailureHandler();
		refused.setDefaultFailureUrl("/login?error");
		refused.setExceptionMappings(Map.of(SignInLockedException.class.getName(), "/login?locked",
				DisabledException.class.getName(), "/login?disabled"));
		refused.setAllowSessionCreation(false);
		refused.setRedirectStrategy(relative);
		LoginUrlAuthenticationEntryPoint toLogin = new LoginUrlAuthenticationEntryPoint("/login");
		toLogin.setFavorRelativeUris(true);
		http.authenticationManager(manager)
			.authorizeHttpRequests(requests -> requests
				// the API's description, and the Swagger UI however springdoc serves it
				.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
						"/webjars/swagger-ui/**")
				.authenticated()
				.requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error")
				.permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole(ADMIN)
				.requestMatchers("/audit", "/audit/**")
				.hasRole(ADMIN)
				.requestMatchers("/account/users", "/account/users/**")
				.hasRole(ADMIN)
				.requestMatchers("/import/committees", "/import/cube/**", "/committees/*/delete")
				.hasRole(ADMIN)
				.requestMatchers("/import", "/import/**")
				.hasAnyRole(ADMIN, CLERK)
				.requestMatchers("/records/new", "/records/*/new", "/records/*/*/edit", "/records/*/*/delete",
						"/records/*/*/evidence", "/records/*/*/evidence/**")
				.hasAnyRole(ADMIN, CLERK)
				.requestMatchers(HttpMethod.POST, "/awards/*/state", "/awards/*/closing-date",
						"/awards/*/objections/*/answer")
				.hasRole(ADMIN)
				.requestMatchers(HttpMethod.POST, "/awards/*/objections")
				.hasRole(CLERK)
				.requestMatchers(HttpMethod.POST, "/review/approve", "/review/return")
				.hasRole(ADMIN)
				.requestMatchers(HttpMethod.POST, "/review/reporting")
				.hasRole(CLERK)
				.requestMatchers("/review", "/review/**")
				.hasAnyRole(ADMIN, CLERK)
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login").successHandler(signedIn).failureHandler(refused).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			// Basic too, for a metrics scraper that sends its credentials up front: its
			// sign-in lives for its request only and leaves no session behind; whoever
			// sends none goes to the form
			.httpBasic(basic -> basic.authenticationEntryPoint(new ApiProblemResponses(false))
				.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.csrf(csrf -> csrf.csrfTokenRepository(new SessionlessBasic()))
			.addFilterBefore(new AccountSessions(stored, accounts), AuthorizationFilter.class)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(toLogin))
			.headers(SecurityHeaders::configure);
		return http.build();
	}

}
