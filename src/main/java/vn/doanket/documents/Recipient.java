package vn.doanket.documents;

/**
 * One line under "Nơi nhận:", e.g. "TT Tỉnh ủy (B/c)".
 *
 * @param name who receives the document
 * @param purpose why, or {@code null} for information only
 */
public record Recipient(String name, Purpose purpose) {

	public Recipient {
		name = Texts.required(name, "name");
	}

	/** For information only. */
	public static Recipient of(String name) {
		return new Recipient(name, null);
	}

	/** The reason a recipient gets the document, written after its name. */
	public enum Purpose {

		/** To report to a higher body: "(B/c)". */
		REPORT("B/c"),

		/** To carry it out: "(T/h)". */
		IMPLEMENT("T/h"),

		/** To coordinate: "(P/h)". */
		COORDINATE("P/h");

		private final String abbreviation;

		Purpose(String abbreviation) {
			this.abbreviation = abbreviation;
		}

		public String abbreviation() {
			return abbreviation;
		}

	}

	/** "TT Tỉnh ủy (B/c)". */
	public String text() {
		return purpose == null ? name : name + " (" + purpose.abbreviation() + ")";
	}

}
