package vn.doanket.fund;

import java.util.List;

/**
 * One record of a statement file before interpretation: the cells as text, where it starts, its text in the file and,
 * for a CSV record that does not follow the quoting rules, the reason it could not be split into cells.
 */
record RawRecord(int lineNumber, List<String> cells, String rawText, String brokenReason) {

	static RawRecord of(int lineNumber, List<String> cells, String rawText) {
		return new RawRecord(lineNumber, List.copyOf(cells), rawText, null);
	}

	static RawRecord broken(int lineNumber, String rawText, String reason) {
		return new RawRecord(lineNumber, List.of(), rawText, reason);
	}

	String cell(int index) {
		return index >= 0 && index < cells.size() && cells.get(index) != null ? cells.get(index).strip() : "";
	}

	boolean blank() {
		return brokenReason == null && cells.stream().allMatch(c -> c == null || c.isBlank());
	}

}
