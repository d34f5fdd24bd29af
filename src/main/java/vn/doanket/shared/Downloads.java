package vn.doanket.shared;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file sent to the browser as a download, its Vietnamese name kept intact. */
public final class Downloads {

	private Downloads() {
	}

	public static ResponseEntity<byte[]> attachment(byte[] body, String filename, String contentType) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentType(MediaType.parseMediaType(contentType))
			.body(body);
	}

}
