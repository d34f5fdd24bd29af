package vn.doanket.plans.importing;

import java.text.Normalizer;
import java.util.List;

/** Whether a text looks like a campaign plan at all, before its structure is proposed. */
final class PlanSignals {

	private static final List<String> WORDS = List.of("ke hoach", "chuong trinh", "cuoc van dong", "to chuc thuc hien",
			"thoi gian thuc hien");

	private PlanSignals() {
	}

	/** Names a plan, a programme or the campaign, or has a Roman-numbered section. */
	static boolean looksLikePlan(String text) {
		String folded = Lines.fold(Normalizer.normalize(text, Normalizer.Form.NFC));
		if (WORDS.stream().anyMatch(folded::contains)) {
			return true;
		}
		return Lines.of(text)
			.stream()
			.map(Lines::heading)
			.anyMatch(heading -> heading != null && heading.type() == Lines.Heading.Type.ROMAN);
	}

}
