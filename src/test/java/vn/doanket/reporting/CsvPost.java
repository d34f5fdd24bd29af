package vn.doanket.reporting;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import vn.doanket.support.TestHttp;

/** Posts a CSV body with HTTP Basic (the shared test client sends JSON, forms and uploads only). */
final class CsvPost {

	private CsvPost() {
	}

	static HttpResponse<String> send(int port, String username, String path, String csv) {
		String auth = Base64.getEncoder().encodeToString((username + ":" + TestHttp.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + auth)
			.header("Content-Type", "text/csv; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
			.build();
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
