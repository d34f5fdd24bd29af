package vn.doanket.plans;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import vn.doanket.support.TestHttp;

/** Plan fixtures for the plans module's tests: the seed plan and calls the shared test client does not make. */
final class PlanTexts {

	private PlanTexts() {
	}

	/** The 2023 campaign plan of the Kon Tum province Front, as text. */
	static String seed() {
		try (InputStream in = PlanTexts.class.getResourceAsStream("/plans/seed-kontum-2023.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** POSTs a text/plain body with HTTP Basic. */
	static HttpResponse<String> postText(int port, String username, String path, String text) {
		String auth = Base64.getEncoder().encodeToString((username + ":" + TestHttp.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + auth)
			.header("Content-Type", "text/plain;charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
			.build();
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
