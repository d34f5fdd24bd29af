package vn.doanket.reviews;

import java.time.LocalDate;
import java.util.List;

/**
 * A satisfaction survey round of a commune or district with its ballot and its thresholds (minimum share of households
 * surveyed, satisfied share needed), and the result so far from tallies and individual ballots: households, households
 * surveyed, satisfied answers.
 */
public record SurveyRound(long id, long unitId, String unitName, long templateId, String templateName, String title, LocalDate startsOn,
		LocalDate endsOn, int minCoveragePct, int satisfiedThresholdPct, List<Question> questions, List<AreaResult> areas) {

	/** A question of the ballot with its options. */
	public record Question(long id, String text, boolean measuresSatisfaction, List<Option> options) {
	}

	/** An answer option; {@code satisfied} options count towards the satisfied share. */
	public record Option(long id, String label, boolean satisfied) {
	}

	/**
	 * The result of one residential area: households, households surveyed and satisfied answers, from its tally and its
	 * individual ballots together (null while neither is entered), and how many of them are individual ballots.
	 */
	public record AreaResult(long areaId, String areaName, int households, Integer surveyed, Integer satisfied, int ballots) {
	}

	public int households() {
		return areas.stream().mapToInt(AreaResult::households).sum();
	}

	public int surveyed() {
		return areas.stream().mapToInt(a -> a.surveyed() == null ? 0 : a.surveyed()).sum();
	}

	public int satisfied() {
		return areas.stream().mapToInt(a -> a.satisfied() == null ? 0 : a.satisfied()).sum();
	}

	/** Households surveyed over households, in percent with one decimal. */
	public double coveragePct() {
		return households() == 0 ? 0 : Math.round(surveyed() * 1000.0 / households()) / 10.0;
	}

	/** Satisfied answers over households surveyed, in percent with one decimal. */
	public double satisfiedPct() {
		return surveyed() == 0 ? 0 : Math.round(satisfied() * 1000.0 / surveyed()) / 10.0;
	}

	public boolean coverageReached() {
		return coveragePct() >= minCoveragePct;
	}

	public boolean satisfiedReached() {
		return coverageReached() && satisfiedPct() >= satisfiedThresholdPct;
	}

}
