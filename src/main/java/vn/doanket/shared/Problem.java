package vn.doanket.shared;

/**
 * One thing wrong with an input: the row (for files; {@code null} otherwise), the field, and a message code from
 * {@code messages*.properties} with its arguments.
 */
public record Problem(Integer row, String field, String code, Object... args) {

	public static Problem field(String field, String code, Object... args) {
		return new Problem(null, field, code, args);
	}

	public static Problem cell(int row, String field, String code, Object... args) {
		return new Problem(row, field, code, args);
	}

	public Problem atRow(int rowNumber) {
		return new Problem(rowNumber, field, code, args);
	}

}
