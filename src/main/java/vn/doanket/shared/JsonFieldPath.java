package vn.doanket.shared;

/** Finds the JSON property that could not be read, from the parser's message ("... through reference chain: X["households"]"). */
final class JsonFieldPath {

	private static final java.util.regex.Pattern LAST_PROPERTY = java.util.regex.Pattern.compile("\\[\"([^\"]+)\"\\]\\)?\\s*$");

	private JsonFieldPath() {
	}

	static String of(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			String message = t.getMessage();
			if (message == null) {
				continue;
			}
			java.util.regex.Matcher matcher = LAST_PROPERTY.matcher(message);
			if (matcher.find()) {
				return matcher.group(1);
			}
		}
		return null;
	}

}
