package vn.doanket.reviews;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import vn.doanket.units.Units;

/**
 * The annual evaluation of residential areas (guidance 83/HD-MTTW-BTT): the province sets criteria and classes
 * (MANAGE_INDICATORS on the province); the area assesses itself (ENTER_DATA on its commune); the commune checks and
 * confirms (APPROVE_DATA on the commune), which fixes the class; results roll up by commune, district and province.
 */
@Service
@Transactional
public class AreaEvaluations {

	private final EvaluationRepository repository;

	private final ResidentialAreas areas;

	private final Units units;

	private final AccessPolicy access;

	private final AuditLog audit;

	AreaEvaluations(EvaluationRepository repository, ResidentialAreas areas, Units units, AccessPolicy access, AuditLog audit) {
		this.repository = repository;
		this.areas = areas;
		this.units = units;
		this.access = access;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public EvaluationScheme scheme(AdminUnit unit, int year) {
		access.require(Capability.READ, unit.id());
		return repository.scheme(province(unit).id(), year);
	}

	/** Replaces the province's criteria and classes of a year, as long as no area has been evaluated on them. */
	public EvaluationScheme defineScheme(AdminUnit unit, int year, EvaluationScheme scheme) {
		AdminUnit province = province(unit);
		access.require(Capability.MANAGE_INDICATORS, province.id());
		Checks checks = new Checks();
		List<EvaluationScheme.Criterion> criteria = scheme.criteria() == null ? List.of() : scheme.criteria();
		List<EvaluationScheme.EvaluationClass> classes = scheme.classes() == null ? List.of() : scheme.classes();
		checks.require(!criteria.isEmpty(), "criteria", "error.required");
		checks.require(!classes.isEmpty(), "classes", "error.required");
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < criteria.size(); i++) {
			EvaluationScheme.Criterion c = criteria.get(i);
			int row = i + 1;
			if (c.code() == null || c.code().isBlank() || c.code().strip().length() > 16 || !codes.add(c.code().strip())) {
				checks.add(Problem.cell(row, "code", "error.evaluation.code"));
			}
			if (c.contentNo() == null || c.contentNo() < 1 || c.contentNo() > 5) {
				checks.add(Problem.cell(row, "contentNo", "error.evaluation.content"));
			}
			if (c.text() == null || c.text().isBlank()) {
				checks.add(Problem.cell(row, "text", "error.required"));
			}
			if (c.maxPoints() == null || c.maxPoints() < 1 || c.maxPoints() > 1000) {
				checks.add(Problem.cell(row, "maxPoints", "error.evaluation.maxPoints"));
			}
		}
		Set<Integer> minimums = new HashSet<>();
		for (int i = 0; i < classes.size(); i++) {
			EvaluationScheme.EvaluationClass c = classes.get(i);
			if (c.minPoints() == null || c.minPoints() < 0 || !minimums.add(c.minPoints())) {
				checks.add(Problem.cell(i + 1, "minPoints", "error.evaluation.minPoints"));
			}
			if (c.label() == null || c.label().isBlank()) {
				checks.add(Problem.cell(i + 1, "classLabel", "error.required"));
			}
		}
		checks.require(!repository.anyEvaluation(province.id(), year), "year", "error.evaluation.inUse", year);
		checks.throwIfAny();
		EvaluationScheme before = repository.scheme(province.id(), year);
		repository.replaceScheme(province.id(), year, new EvaluationScheme(criteria, classes));
		EvaluationScheme after = repository.scheme(province.id(), year);
		audit.record("review_scheme", province.id(), "define " + year, before, after);
		return after;
	}

	@Transactional(readOnly = true)
	public AreaEvaluation get(long areaId, int year) {
		ResidentialArea area = areas.get(areaId);
		return repository.find(area.id(), year)
			.orElseThrow(() -> new NotFoundException("error.evaluation.notFound", area.name(), year));
	}

	/** The area's own points per criterion code; every criterion needs points between 0 and its maximum. */
	public AreaEvaluation selfAssess(long areaId, int year, Map<String, Integer> points) {
		ResidentialArea area = areas.get(areaId);
		access.require(Capability.ENTER_DATA, area.communeId());
		EvaluationScheme scheme = schemeOfCommune(area.communeId(), year);
		repository.find(areaId, year).ifPresent(existing -> {
			if (existing.confirmed()) {
				throw InvalidInputException.of("status", "error.evaluation.confirmed");
			}
		});
		Map<Long, Integer> byCriterion = checkPoints(scheme, points);
		int total = byCriterion.values().stream().mapToInt(Integer::intValue).sum();
		long id = repository.saveSelfAssessment(areaId, year, total, access.requireUser().username());
		byCriterion.forEach((criterion, p) -> repository.saveSelfPoints(id, criterion, p));
		AreaEvaluation saved = repository.find(areaId, year).orElseThrow();
		audit.record("area_evaluation", id, "self-assess", null, saved);
		return saved;
	}

	/** The commune's check: the confirmed points (the self-assessed ones where none are given), the total and the class. */
	public AreaEvaluation confirm(long areaId, int year, Map<String, Integer> points) {
		ResidentialArea area = areas.get(areaId);
		access.require(Capability.APPROVE_DATA, area.communeId());
		AreaEvaluation before = repository.find(areaId, year)
			.orElseThrow(() -> InvalidInputException.of("status", "error.evaluation.notAssessed"));
		if (before.confirmed()) {
			throw InvalidInputException.of("status", "error.evaluation.confirmed");
		}
		EvaluationScheme scheme = schemeOfCommune(area.communeId(), year);
		Map<String, Integer> merged = new LinkedHashMap<>(before.selfPoints());
		if (points != null) {
			merged.putAll(points);
		}
		Map<Long, Integer> byCriterion = checkPoints(scheme, merged);
		int total = byCriterion.values().stream().mapToInt(Integer::intValue).sum();
		repository.confirm(before.id(), byCriterion, total, scheme.classOf(total), access.requireUser().username());
		AreaEvaluation after = repository.find(areaId, year).orElseThrow();
		audit.record("area_evaluation", before.id(), "confirm", before, after);
		return after;
	}

	/** Classes of confirmed evaluations per child unit (per area for a commune). */
	@Transactional(readOnly = true)
	public List<ClassShareRow> rollUp(AdminUnit unit, int year) {
		access.require(Capability.READ, unit.id());
		return repository.rollUp(unit.id(), unit.level() == UnitLevel.COMMUNE, year);
	}

	private Map<Long, Integer> checkPoints(EvaluationScheme scheme, Map<String, Integer> points) {
		Checks checks = new Checks();
		checks.require(!scheme.criteria().isEmpty(), "year", "error.evaluation.noCriteria");
		Map<String, Integer> given = points == null ? Map.of() : points;
		Map<Long, Integer> byCriterion = new LinkedHashMap<>();
		for (EvaluationScheme.Criterion c : scheme.criteria()) {
			Integer p = given.get(c.code());
			if (p == null) {
				checks.add(Problem.field("points." + c.code(), "error.required"));
			}
			else if (p < 0 || p > c.maxPoints()) {
				checks.add(Problem.field("points." + c.code(), "error.evaluation.range", c.code(), c.maxPoints()));
			}
			else {
				byCriterion.put(c.id(), p);
			}
		}
		given.keySet().stream().filter(code -> scheme.criteria().stream().noneMatch(c -> c.code().equals(code)))
			.forEach(code -> checks.add(Problem.field("points." + code, "error.evaluation.unknownCriterion", code)));
		checks.throwIfAny();
		return byCriterion;
	}

	private EvaluationScheme schemeOfCommune(long communeId, int year) {
		AdminUnit commune = units.byId(communeId).orElseThrow(() -> new NotFoundException("error.unit.notFoundId", communeId));
		return repository.scheme(province(commune).id(), year);
	}

	private AdminUnit province(AdminUnit unit) {
		if (unit.level() == UnitLevel.PROVINCE) {
			return unit;
		}
		return units.ancestors(unit).stream().filter(u -> u.level() == UnitLevel.PROVINCE).findFirst().orElse(unit);
	}

}
