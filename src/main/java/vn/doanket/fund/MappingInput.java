package vn.doanket.fund;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

import vn.doanket.shared.InvalidInputException;

/**
 * A column mapping sent as JSON with an upload. A column is a header name ("Credit") or a zero-based position ("3");
 * separators are one character; the mapping's own rules give the messages for what is missing or inconsistent.
 */
record MappingInput(String name, String delimiter, String date, String datePattern, String time, String timePattern,
		String credit, String debit, String signedAmount, String thousandsSeparator, String description, String reference,
		String balance, String counterAccount) {

	static StatementMapping parse(ObjectMapper json, String text) {
		MappingInput input;
		try {
			input = json.readValue(text, MappingInput.class);
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw InvalidInputException.of("mapping", "error.fund.mappingInvalid");
		}
		if (input == null) {
			throw InvalidInputException.of("mapping", "error.fund.mappingInvalid");
		}
		return input.toMapping();
	}

	StatementMapping toMapping() {
		if (name != null && name.trim().length() > 32) {
			throw InvalidInputException.of("mapping", "error.tooLong", 32);
		}
		StatementMapping.Builder builder = StatementMapping.builder(name == null || name.isBlank() ? "custom" : name.trim())
			.delimiter(character(delimiter, ','))
			.date(column(date), datePattern)
			.thousandsSeparator(character(thousandsSeparator, '.'))
			.description(column(description))
			.reference(column(reference))
			.balance(column(balance))
			.counterAccount(column(counterAccount));
		if (time != null && !time.isBlank()) {
			builder.time(column(time), timePattern);
		}
		if (signedAmount != null && !signedAmount.isBlank()) {
			builder.signedAmount(column(signedAmount));
		}
		builder.creditDebit(column(credit), column(debit));
		return builder.build();
	}

	private static char character(String text, char fallback) {
		if (text == null || text.isEmpty()) {
			return fallback;
		}
		return "\\t".equals(text) || "tab".equalsIgnoreCase(text) ? '\t' : text.length() == 1 ? text.charAt(0) : '?';
	}

	private static StatementMapping.Column column(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.trim();
		return t.matches("\\d{1,3}") ? StatementMapping.Column.at(Integer.parseInt(t)) : StatementMapping.Column.named(t);
	}

}
