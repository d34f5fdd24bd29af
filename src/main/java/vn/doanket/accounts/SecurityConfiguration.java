package vn.doanket.accounts;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

import vn.doanket.shared.ApiError;
import vn.doanket.shared.Messages;

/**
 * Two chains: the JSON API ({@code /api/**}) takes HTTP Basic or the browser session, answers 401/403 in JSON and
 * skips CSRF only for stateless Basic calls; pages use form login with CSRF and session fixation protection.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String[] PUBLIC_PAGES = { "/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
			"/error", "/public/**", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html" };

	@Bean
	PasswordEncoder passwordEncoder(AccountSettings settings) {
		return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(settings.bcryptStrength())));
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ObjectMapper json, Messages messages) throws Exception {
		// CSRF protects browser sessions; a call with Basic credentials, or with no session at all, carries no ambient
		// credentials to abuse (an unauthenticated call then gets its 401 instead of a CSRF refusal).
		RequestMatcher statelessCall = request -> {
			String header = request.getHeader(HttpHeaders.AUTHORIZATION);
			boolean basic = header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
			return basic || request.getRequestedSessionId() == null;
		};
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> auth.requestMatchers("/api/v1/public/**")
				.permitAll()
				.requestMatchers("/api/v1/admin/**")
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(
					(req, res, ex) -> writeError(res, json, 401, messages.get("error.status.401"), messages.get("error.unauthorized"))))
			.csrf(csrf -> csrf.ignoringRequestMatchers(statelessCall))
			.exceptionHandling(ex -> ex
				.authenticationEntryPoint(
						(req, res, e) -> writeError(res, json, 401, messages.get("error.status.401"), messages.get("error.unauthorized")))
				.accessDeniedHandler(
						(req, res, e) -> writeError(res, json, 403, messages.get("error.status.403"), messages.get("error.forbidden"))));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC_PAGES)
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole(Role.ADMIN.name())
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(SecurityConfiguration::loginFailed).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.migrateSession()));
		return http.build();
	}

	private static void loginFailed(HttpServletRequest request, HttpServletResponse response,
			org.springframework.security.core.AuthenticationException ex) throws IOException {
		response.sendRedirect(request.getContextPath() + (ex instanceof LockedException ? "/login?locked" : "/login?error"));
	}

	private static void writeError(HttpServletResponse response, ObjectMapper json, int status, String title, String message)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		if (status == 401) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"doanket\"");
		}
		json.writeValue(response.getOutputStream(), new ApiError(status, title, message, List.of(), null));
	}

}
