package vn.doanket.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Real HTTP calls against the running test server: HTTP Basic for the API, a cookie session for pages. */
public final class TestHttp {

	public static final String DEMO_PASSWORD = "DoanKet@2023";

	private static final Pattern CSRF_META = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

	private final String base;

	private final HttpClient client;

	private String basic;

	private TestHttp(int port, boolean cookies) {
		this.base = "http://localhost:" + port;
		HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER);
		if (cookies) {
			builder.cookieHandler(new CookieManager());
		}
		this.client = builder.build();
	}

	public static TestHttp anonymous(int port) {
		return new TestHttp(port, true);
	}

	/** A script without credentials or cookies. */
	public static TestHttp stateless(int port) {
		return new TestHttp(port, false);
	}

	/** API calls as {@code username} with HTTP Basic (no session, no CSRF token). */
	public static TestHttp basic(int port, String username) {
		return basic(port, username, DEMO_PASSWORD);
	}

	public static TestHttp basic(int port, String username, String password) {
		TestHttp http = new TestHttp(port, false);
		http.basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return http;
	}

	/** A browser-like session signed in through the login form. */
	public static TestHttp session(int port, String username) {
		TestHttp http = new TestHttp(port, true);
		HttpResponse<String> response = http.login(username, DEMO_PASSWORD);
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("/login")) {
			throw new IllegalStateException("login failed for " + username + ": " + response.statusCode() + " " + location);
		}
		return http;
	}

	public HttpResponse<String> login(String username, String password) {
		return postForm("/login", Map.of("username", username, "password", password));
	}

	public String csrfToken() {
		Matcher matcher = CSRF_META.matcher(get("/login").body());
		if (!matcher.find()) {
			matcher = CSRF_META.matcher(get("/").body());
			if (!matcher.find()) {
				throw new IllegalStateException("no CSRF token on the page");
			}
		}
		return matcher.group(1);
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET().build());
	}

	public HttpResponse<byte[]> getBytes(String path) {
		try {
			return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public HttpResponse<String> postJson(String path, String json) {
		return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
	}

	public HttpResponse<String> putJson(String path, String json) {
		return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build());
	}

	public HttpResponse<String> delete(String path) {
		return send(request(path).DELETE().build());
	}

	/** A form post with the session's CSRF token added (unless the form already carries one). */
	public HttpResponse<String> postForm(String path, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (basic == null) {
			all.putIfAbsent("_csrf", csrfToken());
		}
		return postFormRaw(path, all);
	}

	public HttpResponse<String> postFormRaw(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** A multipart upload of one file in the part {@code file}, plus the CSRF token for sessions. */
	public HttpResponse<String> upload(String path, String filename, byte[] content) {
		String boundary = "----doanket" + UUID.randomUUID();
		StringBuilder head = new StringBuilder();
		if (basic == null) {
			head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n")
				.append(csrfToken()).append("\r\n");
		}
		head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
			.append(filename).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
		byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
		byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[start.length + content.length + end.length];
		System.arraycopy(start, 0, body, 0, start.length);
		System.arraycopy(content, 0, body, start.length, content.length);
		System.arraycopy(end, 0, body, start.length + content.length, end.length);
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build());
	}

	public HttpResponse<String> send(String method, String path) {
		return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()).build());
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
		if (basic != null) {
			builder.header("Authorization", basic);
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
