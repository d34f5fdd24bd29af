package vn.doanket;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.doanket.support.IntegrationTest;
import vn.doanket.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls every registered endpoint as every demo account and anonymously, and compares the answer with
 * {@code endpoint-access.csv}. An endpoint without a row there fails the build, so no endpoint ships without a rule.
 * Codes: {@code 200} exactly 200; {@code A} allowed (anything but 401/403/login redirect/5xx, e.g. 400 for the empty
 * input sent here); {@code D} 403; {@code L} sign-in required (401 for the API, redirect to the login page for pages).
 * A row may end with one more cell of {@code name=SQL} items separated by {@code ;}, each giving a path variable's
 * value by a query returning one value, separated by {@code ;} or a lone {@code |} (for example {@code id=select id from plan where title like 'Kế hoạch%' limit 1});
 * otherwise built-in samples are used.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointAccessIntegrationTests {

	static final List<String> CALLERS = List.of("anonymous", "admin", "tinh.kontum", "huyen.dakglei", "xa.dakpek", "phunu.kontum",
			"ketoan.kontum");

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcClient jdbc;

	private final Map<String, TestHttp> sessions = new LinkedHashMap<>();

	private final Map<String, String> samples = new LinkedHashMap<>();

	@BeforeAll
	void prepare() {
		for (String caller : CALLERS) {
			sessions.put(caller + "/page", caller.equals("anonymous") ? TestHttp.anonymous(port) : TestHttp.session(port, caller));
			sessions.put(caller + "/api", caller.equals("anonymous") ? TestHttp.stateless(port) : TestHttp.basic(port, caller));
		}
		Function<String, String> single = sql -> String.valueOf(jdbc.sql(sql).query(Long.class).single());
		// an area of Thành phố Kon Tum: inside the province's scope, outside Đắk Glei's and Đắk Pék's
		samples.put("areaId", single.apply("select a.id from residential_area a join unit u on u.id = a.commune_id "
				+ "where u.code = '23281' and u.catalog = '2023' order by a.id limit 1"));
		samples.put("unitId", single.apply("select id from unit where code = '62' and catalog = '2023'"));
		samples.put("userId", single.apply("select id from app_user where username = 'admin'"));
		samples.put("code", "62");
		samples.put("communeCode", "23281");
		samples.put("missing", "999999");
	}

	@Test
	void everyEndpointAnswersEveryRoleAsDeclared() throws IOException {
		Map<String, List<String>> expected = expectations();
		List<String> endpoints = endpoints();
		List<String> undeclared = endpoints.stream().filter(e -> !expected.containsKey(e)).toList();
		assertThat(undeclared).as("endpoints without a row in endpoint-access.csv").isEmpty();
		assertThat(new TreeSet<>(expected.keySet())).as("rows of endpoint-access.csv without an endpoint")
			.isSubsetOf(new TreeSet<>(endpoints));
		List<String> mismatches = new ArrayList<>();
		for (String endpoint : endpoints) {
			String method = endpoint.substring(0, endpoint.indexOf(' '));
			String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
			boolean destructive = method.equals("DELETE") || pattern.endsWith("/delete");
			List<String> row = expected.get(endpoint);
			String path = concrete(pattern, destructive, row.subList(CALLERS.size(), row.size()));
			for (int i = 0; i < CALLERS.size(); i++) {
				String caller = CALLERS.get(i);
				String want = row.get(i);
				HttpResponse<String> response = call(caller, method, path);
				if (!matches(want, response, path.startsWith("/api/"))) {
					mismatches.add(endpoint + " as " + caller + ": expected " + want + ", got " + response.statusCode() + " "
							+ response.headers().firstValue("Location").orElse(""));
				}
			}
		}
		assertThat(mismatches).isEmpty();
	}

	private HttpResponse<String> call(String caller, String method, String path) {
		TestHttp http = sessions.get(caller + (path.startsWith("/api/") ? "/api" : "/page"));
		if (method.equals("GET")) {
			return http.get(path);
		}
		if (method.equals("POST") && !path.startsWith("/api/")) {
			return http.postForm(path, Map.of());
		}
		if (method.equals("POST") || method.equals("PUT")) {
			return method.equals("POST") ? http.postJson(path, "{}") : http.putJson(path, "{}");
		}
		return http.send(method, path);
	}

	private static boolean matches(String want, HttpResponse<String> response, boolean api) {
		int status = response.statusCode();
		boolean toLogin = status == 302 && response.headers().firstValue("Location").orElse("").endsWith("/login");
		return switch (want) {
			case "200" -> status == 200;
			case "D" -> status == 403;
			case "L" -> api ? status == 401 : toLogin;
			case "A" -> status != 401 && status != 403 && !toLogin && status < 500;
			default -> throw new IllegalArgumentException("unknown expectation " + want);
		};
	}

	/** Fills path variables with demo records; destructive calls get ids that do not exist, so nothing is lost. */
	private String concrete(String pattern, boolean destructive, List<String> queries) {
		Map<String, String> declared = new LinkedHashMap<>();
		for (String cell : queries) {
			int eq = cell.indexOf('=');
			declared.put(cell.substring(0, eq).trim(), cell.substring(eq + 1).trim());
		}
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			String value = destructive ? samples.get("missing")
					: declared.containsKey(name) ? jdbc.sql(declared.get(name)).query(String.class).single()
					: switch (name) {
				case "id" -> pattern.contains("areas") || pattern.contains("residential") ? samples.get("areaId")
						: pattern.startsWith("/units/") ? samples.get("unitId")
						: pattern.contains("users") ? samples.get("userId") : samples.get("missing");
				case "code" -> samples.get("code");
				case "communeCode" -> samples.get("communeCode");
				default -> samples.get("missing");
			};
			matcher.appendReplacement(path, value);
		}
		matcher.appendTail(path);
		return path.toString();
	}

	private List<String> endpoints() {
		List<String> endpoints = new ArrayList<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			var methods = info.getMethodsCondition().getMethods().isEmpty() ? List.of(RequestMethod.GET)
					: new ArrayList<>(info.getMethodsCondition().getMethods());
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : methods) {
					endpoints.add(method.name() + " " + pattern);
				}
			}
		}
		return endpoints.stream().sorted().distinct().toList();
	}

	private static Map<String, List<String>> expectations() throws IOException {
		Map<String, List<String>> rows = new LinkedHashMap<>();
		try (InputStream in = EndpointAccessIntegrationTests.class.getResourceAsStream("/endpoint-access.csv")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.trim().split("\\s*,\\s*", CALLERS.size() + 2);
				List<String> row = new ArrayList<>(List.of(cells).subList(1, Math.min(cells.length, CALLERS.size() + 1)));
				if (cells.length > CALLERS.size() + 1) {
					for (String query : cells[CALLERS.size() + 1].split("\\s*;\\s*|\\s+\\|\\s+(?=[A-Za-z]\\w*=)")) {
						row.add(query);
					}
				}
				rows.put(cells[0], row);
			}
		}
		return rows;
	}

}
