package vn.doanket.plans.importing;

import java.util.List;

import vn.doanket.plans.ActivityKind;
import vn.doanket.plans.Timeframe;

/**
 * An item ("1.") or sub-item ("2.1.", "a)") of a plan section. {@code lines} are its lines as written (without the
 * bullet); {@code content}, {@code form} and {@code timeframe} come from its "Nội dung:", "Hình thức:" and "Thời
 * gian…:" lines ({@code null} when absent). {@code campaignContents} (1–5) and {@code activityKind} are guesses from
 * keywords for the user to confirm.
 */
public record ProposedItem(String label, String title, List<ItemLine> lines, String content, String form,
		Timeframe timeframe, List<Integer> campaignContents, ActivityKind activityKind, List<ProposedItem> subItems,
		boolean needsReview) {

	/** One line of an item, as written, and what it says. */
	public record ItemLine(Kind kind, String text) {

		public enum Kind {

			CONTENT, FORM, TIMEFRAME, DETAIL

		}

	}

}
