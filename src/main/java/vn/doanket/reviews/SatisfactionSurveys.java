package vn.doanket.reviews;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.audit.AuditLog;
import vn.doanket.front.ResidentialArea;
import vn.doanket.front.ResidentialAreas;
import vn.doanket.shared.Checks;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.NotFoundException;
import vn.doanket.shared.Problem;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.UnitLevel;

/**
 * People's satisfaction surveys (guidance 90/HD-MTTW-BTT): ballot templates (MANAGE_INDICATORS), survey rounds of a
 * commune or district within 20 working days (MANAGE_INDICATORS on it), anonymous tallies per residential area and
 * anonymous individual ballots (ENTER_DATA on its commune), and the result from both: coverage against the round's
 * minimum and the satisfied share against its threshold.
 */
@Service
@Transactional
public class SatisfactionSurveys {

	private final SurveyRepository repository;

	private final ResidentialAreas areas;

	private final AccessPolicy access;

	private final AuditLog audit;

	SatisfactionSurveys(SurveyRepository repository, ResidentialAreas areas, AccessPolicy access, AuditLog audit) {
		this.repository = repository;
		this.areas = areas;
		this.access = access;
		this.audit = audit;
	}

	public long createTemplate(SurveyInputs.Template template) {
		access.require(Capability.MANAGE_INDICATORS);
		Checks checks = new Checks();
		checks.requireText(template.name(), "name", 200);
		checks.require(template.name() == null || !repository.templateNameTaken(template.name().strip()), "name", "error.survey.nameTaken");
		List<SurveyInputs.QuestionInput> questions = template.questions() == null ? List.of() : template.questions();
		checks.require(!questions.isEmpty(), "questions", "error.required");
		checks.require(questions.stream().filter(q -> q != null && Boolean.TRUE.equals(q.measuresSatisfaction())).count() == 1, "questions",
				"error.survey.oneSatisfactionQuestion");
		for (int i = 0; i < questions.size(); i++) {
			SurveyInputs.QuestionInput q = questions.get(i);
			if (q == null || q.text() == null || q.text().isBlank()) {
				checks.add(Problem.cell(i + 1, "text", "error.required"));
				continue;
			}
			List<SurveyInputs.OptionInput> options = q.options() == null ? List.of() : q.options();
			if (options.size() < 2 || options.stream().anyMatch(o -> o == null || o.label() == null || o.label().isBlank())) {
				checks.add(Problem.cell(i + 1, "options", "error.survey.options"));
			}
			else if (Boolean.TRUE.equals(q.measuresSatisfaction()) && options.stream().noneMatch(o -> Boolean.TRUE.equals(o.satisfied()))) {
				checks.add(Problem.cell(i + 1, "options", "error.survey.noSatisfiedOption"));
			}
		}
		checks.throwIfAny();
		long id = repository.insertTemplate(template);
		audit.record("survey_template", id, "create", null, template);
		return id;
	}

	@Transactional(readOnly = true)
	public List<Object[]> templates() {
		access.requireUser();
		return repository.templates();
	}

	public SurveyRound open(AdminUnit unit, SurveyInputs.Round round) {
		access.require(Capability.MANAGE_INDICATORS, unit.id());
		Checks checks = new Checks();
		checks.require(unit.level() != UnitLevel.PROVINCE, "unit", "error.survey.level");
		checks.require(round.templateId() != null && repository.templateName(round.templateId()).isPresent(), "templateId",
				"error.survey.unknownTemplate");
		checks.requireText(round.title(), "title", 300);
		checks.require(round.startsOn() != null, "startsOn", "error.required");
		checks.require(round.endsOn() != null, "endsOn", "error.required");
		checks.require(round.startsOn() == null || round.endsOn() == null || !round.endsOn().isBefore(round.startsOn()), "endsOn",
				"error.inspection.period");
		if (round.startsOn() != null && round.endsOn() != null) {
			int days = SurveyWindow.workingDays(round.startsOn(), round.endsOn());
			checks.require(days <= SurveyWindow.MAX_WORKING_DAYS, "endsOn", "error.survey.window", SurveyWindow.MAX_WORKING_DAYS, days);
		}
		checks.require(round.minCoveragePct() != null && round.minCoveragePct() >= 1 && round.minCoveragePct() <= 100, "minCoveragePct",
				"error.survey.pct");
		checks.require(round.satisfiedThresholdPct() != null && round.satisfiedThresholdPct() >= 1 && round.satisfiedThresholdPct() <= 100,
				"satisfiedThresholdPct", "error.survey.pct");
		checks.throwIfAny();
		long id = repository.insertRound(unit.id(), round, access.requireUser().username());
		SurveyRound created = find(id);
		audit.record("survey_round", id, "create", null, round);
		return created;
	}

	@Transactional(readOnly = true)
	public SurveyRound get(long id) {
		SurveyRound round = find(id);
		access.require(Capability.READ, round.unitId());
		return round;
	}

	@Transactional(readOnly = true)
	public List<SurveyRound> under(AdminUnit unit) {
		access.require(Capability.READ, unit.id());
		return repository.roundsUnder(unit.path()).stream().map(this::find).toList();
	}

	/** The anonymous tally of one area: households surveyed (at most the area's households) and counts per option. */
	public SurveyRound enterTally(long roundId, Long areaId, SurveyInputs.Tally tally) {
		SurveyRound round = find(roundId);
		if (areaId == null) {
			access.require(Capability.ENTER_DATA, round.unitId());
			throw InvalidInputException.of("areaId", "error.required");
		}
		ResidentialArea area = areas.get(areaId);
		access.require(Capability.ENTER_DATA, area.communeId());
		Checks checks = new Checks();
		checks.require(round.areas().stream().anyMatch(a -> a.areaId() == areaId.longValue()), "areaId", "error.survey.areaOutside");
		Integer surveyed = tally.householdsSurveyed();
		checks.require(surveyed != null && surveyed >= 0, "householdsSurveyed", "error.survey.count");
		checks.require(surveyed == null || surveyed <= area.households(), "householdsSurveyed", "error.survey.aboveHouseholds",
				area.households(), area.name());
		int ballots = repository.ballotsOf(roundId, areaId);
		checks.require(surveyed == null || surveyed > area.households() || surveyed + ballots <= area.households(), "householdsSurveyed",
				"error.survey.aboveWithBallots", area.households(), area.name(), ballots);
		Map<Long, Integer> answers = tally.answers() == null ? Map.of() : tally.answers();
		Map<Long, Long> questionOf = new HashMap<>();
		round.questions().forEach(q -> q.options().forEach(o -> questionOf.put(o.id(), q.id())));
		Map<Long, Integer> perQuestion = new HashMap<>();
		answers.forEach((option, count) -> {
			if (!questionOf.containsKey(option)) {
				checks.add(Problem.field("answers", "error.survey.unknownOption", option));
			}
			else if (count == null || count < 0) {
				checks.add(Problem.field("answers", "error.survey.count"));
			}
			else {
				perQuestion.merge(questionOf.get(option), count, Integer::sum);
			}
		});
		if (surveyed != null) {
			round.questions().stream().filter(q -> perQuestion.getOrDefault(q.id(), 0) > surveyed)
				.forEach(q -> checks.add(Problem.field("answers", "error.survey.answersAboveSurveyed", q.text(), surveyed)));
		}
		checks.throwIfAny();
		repository.saveTally(roundId, areaId, new SurveyInputs.Tally(surveyed, answers), access.requireUser().username());
		audit.record("survey_tally", roundId, "tally area " + areaId, null, tally);
		return find(roundId);
	}

	/**
	 * One anonymous ballot of a household of the area (ENTER_DATA on its commune): per question the option chosen (the
	 * satisfaction question must be answered, others may stay blank). The area's tally and ballots together may not
	 * exceed its households.
	 */
	public SurveyRound enterBallot(long roundId, Long areaId, Map<Long, Long> answers) {
		SurveyRound round = find(roundId);
		if (areaId == null) {
			access.require(Capability.ENTER_DATA, round.unitId());
			throw InvalidInputException.of("areaId", "error.required");
		}
		ResidentialArea area = areas.get(areaId);
		access.require(Capability.ENTER_DATA, area.communeId());
		Checks checks = new Checks();
		checks.require(round.areas().stream().anyMatch(a -> a.areaId() == areaId.longValue()), "areaId", "error.survey.areaOutside");
		Map<Long, Long> given = answers == null ? Map.of() : answers;
		given.forEach((question, option) -> {
			SurveyRound.Question q = round.questions().stream().filter(x -> x.id() == question).findFirst().orElse(null);
			if (q == null) {
				checks.add(Problem.field("answers", "error.survey.unknownQuestion", question));
			}
			else if (option == null || q.options().stream().noneMatch(o -> o.id() == option)) {
				checks.add(Problem.field("answers", "error.survey.optionOfQuestion", q.text()));
			}
		});
		round.questions().stream().filter(q -> q.measuresSatisfaction() && given.get(q.id()) == null)
			.forEach(q -> checks.add(Problem.field("answers", "error.survey.satisfactionRequired", q.text())));
		int entered = repository.ballotsOf(roundId, areaId) + repository.talliedHouseholds(roundId, areaId).orElse(0);
		checks.require(entered < area.households(), "areaId", "error.survey.areaFull", area.households(), area.name());
		checks.throwIfAny();
		long id = repository.insertBallot(roundId, areaId, given, access.requireUser().username());
		audit.record("survey_ballot", id, "create", null, Map.of("round", roundId, "area", areaId, "answers", given));
		return find(roundId);
	}

	private SurveyRound find(long id) {
		return repository.findRound(id).orElseThrow(() -> new NotFoundException("error.survey.notFound", id));
	}

}
