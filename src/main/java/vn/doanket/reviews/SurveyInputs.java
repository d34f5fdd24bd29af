package vn.doanket.reviews;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What users send to the satisfaction survey use cases. */
public final class SurveyInputs {

	private SurveyInputs() {
	}

	/** A ballot template: questions with options; one question measures satisfaction and marks its satisfied options. */
	public record Template(String name, List<QuestionInput> questions) {
	}

	public record QuestionInput(String text, Boolean measuresSatisfaction, List<OptionInput> options) {
	}

	public record OptionInput(String label, Boolean satisfied) {
	}

	/** A survey round with its thresholds in percent (e.g. 70 for coverage, 90 for the satisfied share). */
	public record Round(Long templateId, String title, LocalDate startsOn, LocalDate endsOn, Integer minCoveragePct,
			Integer satisfiedThresholdPct) {
	}

	/** One anonymous ballot of a household of the area: per question id, the id of the option chosen. */
	public record Ballot(Long areaId, Map<Long, Long> answers) {
	}

	/** The anonymous tally of one residential area: households surveyed and, per option id, how many chose it. */
	public record Tally(Integer householdsSurveyed, Map<Long, Integer> answers) {
	}

}
