package vn.doanket.plans.importing;

import java.lang.reflect.RecordComponent;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that a proposal keeps every line of the text it was made from. */
final class ProposalTexts {

	private static final Pattern RECIPIENTS_MARK = Pattern.compile("^Nơi nhận\\s*:?\\s*");

	private static final Pattern BULLET = Pattern.compile("^[-–—+•●○◦▪■·*\\uF000-\\uF0FF]+\\s*");

	private static final Pattern LABEL = Pattern
		.compile("^([IVX]{1,5}\\s*[.)]|\\d{1,2}(\\.\\d{1,2}){1,3}\\.?|\\d{1,2}\\s*[.)]|[a-zđ]\\))\\s*");

	private ProposalTexts() {
	}

	/** Every string anywhere in the proposal (records, lists, nested records). */
	static List<String> all(Object proposal) {
		List<String> texts = new ArrayList<>();
		collect(proposal, texts);
		return texts;
	}

	private static void collect(Object value, List<String> texts) {
		if (value instanceof String text) {
			texts.add(text);
		}
		else if (value instanceof Collection<?> values) {
			values.forEach(v -> collect(v, texts));
		}
		else if (value instanceof Record record) {
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				try {
					collect(component.getAccessor().invoke(record), texts);
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
	}

	/**
	 * Every non-blank line of the input is in some text of the proposal: as written, or without what the structure
	 * itself represents (its bullet, its heading label "II."/"2.1."/"a)", the "Nơi nhận:" mark). Bookmark tags of
	 * Word-to-text converters are not text.
	 */
	static void assertKeepsEveryLine(String input, ProposedPlan proposal) {
		List<String> texts = all(proposal);
		String normalised = Normalizer.normalize(input, Normalizer.Form.NFC);
		for (String raw : normalised.split("\\R")) {
			String line = trim(raw.replaceAll("\\[bookmark: [^\\]]*\\]", ""));
			if (line.isEmpty()) {
				continue;
			}
			List<String> forms = new ArrayList<>();
			forms.add(line);
			forms.add(trim(RECIPIENTS_MARK.matcher(forms.get(forms.size() - 1)).replaceFirst("")));
			forms.add(trim(BULLET.matcher(forms.get(forms.size() - 1)).replaceFirst("")));
			forms.add(trim(LABEL.matcher(forms.get(forms.size() - 1)).replaceFirst("")));
			boolean onlyMarks = forms.get(forms.size() - 1).isEmpty();
			boolean kept = onlyMarks || forms.stream()
				.filter(form -> !form.isEmpty())
				.anyMatch(form -> texts.stream().anyMatch(text -> text.contains(form)));
			assertThat(kept).as("line kept in the proposal: %s", line).isTrue();
		}
	}

	private static String trim(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && blank(text.charAt(start))) {
			start++;
		}
		while (end > start && blank(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(start, end);
	}

	private static boolean blank(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c) || c == '\uFEFF';
	}

}
