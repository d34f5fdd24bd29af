package vn.doanket.fund;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Messages;
import vn.doanket.shared.Problem;

/** Reading what people type in the fund's forms (dates as 2024-10-17 or 17/10/2024, amounts as 1.500.000). */
final class FormValues {

	private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

	private FormValues() {
	}

	static LocalDate date(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.trim();
		try {
			return t.contains("/") ? LocalDate.parse(t, VIETNAMESE) : LocalDate.parse(t);
		}
		catch (DateTimeParseException ex) {
			throw InvalidInputException.of(field, "error.badValue", t);
		}
	}

	static Long amount(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String digits = text.trim().replaceAll("[.\\s]|đ$|,(?=\\d{3})", "");
		if (!digits.matches("-?\\d{1,16}")) {
			throw InvalidInputException.of(field, "error.badValue", text.trim());
		}
		return Long.parseLong(digits);
	}

	static Map<String, String> errors(Messages messages, InvalidInputException ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (Problem p : ex.problems()) {
			errors.merge(p.field(), messages.get(p.code(), p.args()), (a, b) -> a + "; " + b);
		}
		return errors;
	}

	static ResponseEntity<byte[]> download(byte[] content, String filename, String type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.contentType(MediaType.parseMediaType(type))
			.body(content);
	}

}
