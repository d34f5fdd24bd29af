package vn.doanket.documents;

/** Escaping of document text for the XHTML that becomes the PDF. */
final class Html {

	private Html() {
	}

	/**
	 * The text with the XML special characters escaped and the characters XML 1.0 forbids dropped; line breaks
	 * become {@code <br/>}.
	 */
	static String text(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				case '\n' -> out.append("<br/>");
				case '\r' -> {
					if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
						out.append("<br/>");
					}
				}
				default -> {
					if (allowed(c)) {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

	private static boolean allowed(char c) {
		return c == '\t' || (c >= 0x20 && c <= 0xD7FF) || Character.isSurrogate(c) || (c >= 0xE000 && c <= 0xFFFD);
	}

}
