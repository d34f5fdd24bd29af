package vn.doanket.documents;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.doanket.shared.InvalidInputException;

/**
 * The number and symbol of a document, "163/KH-MTTQ-BTT": the number restarts every year, a number below 10 gets a
 * leading zero ("05/KH-MTTQ-BTT"); the symbol starts with the document type code (KH plan, BC report, QĐ decision…)
 * followed by the issuing body. A draft has no number yet and leaves room for it ("      /KH-MTTQ-BTT").
 *
 * @param number the number in the year, or {@code null} for a draft
 * @param symbol the symbol without the number, e.g. {@code KH-MTTQ-BTT}
 */
public record DocumentNumber(Integer number, String symbol) {

	/** The field that parse errors name. */
	public static final String FIELD = "documentNumber";

	private static final Pattern SYMBOL = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.\\-]*");

	private static final Pattern TEXT = Pattern.compile("(\\d{1,6})?\\s*/\\s*(\\S+)");

	public DocumentNumber {
		symbol = Texts.required(symbol, "symbol");
		if (!SYMBOL.matcher(symbol).matches()) {
			throw new IllegalArgumentException("Not a document symbol: " + symbol);
		}
		if (number != null && number < 1) {
			throw new IllegalArgumentException("A document number starts at 1: " + number);
		}
	}

	public static DocumentNumber of(int number, String symbol) {
		return new DocumentNumber(number, symbol);
	}

	/** A draft waiting for its number. */
	public static DocumentNumber unnumbered(String symbol) {
		return new DocumentNumber(null, symbol);
	}

	/**
	 * Reads "163/KH-MTTQ-BTT" (or "/KH-MTTQ-BTT" for a draft).
	 * @throws InvalidInputException on field {@value #FIELD} with code {@code error.required} or
	 * {@code error.document.number}
	 */
	public static DocumentNumber parse(String text) {
		if (text == null || text.isBlank()) {
			throw InvalidInputException.of(FIELD, "error.required");
		}
		Matcher m = TEXT.matcher(Texts.nfc(text.strip()));
		if (m.matches() && SYMBOL.matcher(m.group(2)).matches()
				&& (m.group(1) == null || Integer.parseInt(m.group(1)) > 0)) {
			return new DocumentNumber(m.group(1) == null ? null : Integer.valueOf(m.group(1)), m.group(2));
		}
		throw InvalidInputException.of(FIELD, "error.document.number", text.strip());
	}

	/** "163/KH-MTTQ-BTT", "05/KH-MTTQ-BTT", or for a draft six no-break spaces before "/KH-MTTQ-BTT". */
	public String text() {
		String digits = number == null ? "\u00A0".repeat(6) : (number < 10 ? "0" : "") + number;
		return digits + "/" + symbol;
	}

	/** The line under the issuing body: "Số: 163/KH-MTTQ-BTT". */
	public String line() {
		return "Số: " + text();
	}

}
