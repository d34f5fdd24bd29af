package vn.doanket.inspections;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.audit.AuditLog;
import vn.doanket.shared.Checks;
import vn.doanket.shared.NotFoundException;
import vn.doanket.shared.PageResult;
import vn.doanket.shared.Problem;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

/**
 * Inspections and supervisions: planning one (the inspecting side, INSPECT on its own unit, of units below it),
 * recording visits and giving recommendations; reading them for the inspecting side and for the inspected units.
 */
@Service
@Transactional
public class Inspections {

	private final InspectionRepository repository;

	private final RecommendationRepository recommendations;

	private final Units units;

	private final AccessPolicy access;

	private final AuditLog audit;

	private final Clock clock;

	Inspections(InspectionRepository repository, RecommendationRepository recommendations, Units units, AccessPolicy access,
			AuditLog audit, Clock clock) {
		this.repository = repository;
		this.recommendations = recommendations;
		this.units = units;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** Inspections made by the unit or the units below it, or of them; each with its recommendations. */
	@Transactional(readOnly = true)
	public PageResult<Inspection> under(AdminUnit unit, InspectionFilter filter, int page, int size) {
		access.require(Capability.READ, unit.id());
		LocalDate today = today();
		List<Inspection> items = repository.findUnder(unit.path(), filter, today, page * size, size)
			.stream()
			.map(i -> i.with(List.of(), recommendations.ofInspection(i.id(), today)))
			.toList();
		return new PageResult<>(items, repository.countUnder(unit.path(), filter, today), page, size);
	}

	/** One inspection with its visits and recommendations, for the inspecting side and the inspected units. */
	@Transactional(readOnly = true)
	public Inspection get(long id) {
		Inspection found = find(id);
		if (!access.can(Capability.READ, found.inspectorUnitId())
				&& found.targets().stream().noneMatch(t -> access.can(Capability.READ, t.unitId()))) {
			access.require(Capability.READ, found.inspectorUnitId());
		}
		return found.with(repository.visits(id), recommendations.ofInspection(id, today()));
	}

	/** Whether the signed-in user may record visits, give and close recommendations of this inspection. */
	public boolean canInspect(Inspection inspection) {
		return access.can(Capability.INSPECT, inspection.inspectorUnitId());
	}

	public Inspection plan(AdminUnit inspector, InspectionInput input) {
		access.require(Capability.INSPECT, inspector.id());
		Checks checks = input.check();
		List<AdminUnit> targets = targets(inspector, input, checks);
		checks.throwIfAny();
		long id = repository.insert(inspector.id(), InspectionKind.parse(input.kind()), input, access.requireUser().username());
		targets.forEach(t -> repository.addTarget(id, t.id()));
		Inspection created = get(id);
		audit.record("inspection", id, "create", null, created);
		return created;
	}

	public Inspection recordVisit(long inspectionId, VisitInput input) {
		Inspection inspection = find(inspectionId);
		access.require(Capability.INSPECT, inspection.inspectorUnitId());
		Checks checks = new Checks();
		checks.require(input.unitId() != null && inspection.targets().stream().anyMatch(t -> t.unitId() == input.unitId()), "unitId",
				"error.inspection.notATarget");
		checks.require(input.visitedOn() != null, "visitedOn", "error.required");
		checks.require(input.visitedOn() == null || !input.visitedOn().isAfter(today()), "visitedOn", "error.inspection.future");
		List<VisitInput.FindingInput> findings = input.findings() == null ? List.of()
				: input.findings().stream().filter(f -> f != null && f.finding() != null && !f.finding().isBlank()).toList();
		checks.require(!findings.isEmpty(), "findings", "error.required");
		checks.require(findings.stream().allMatch(f -> f.topic() != null && inspection.topics().contains(f.topic().strip())), "findings",
				"error.inspection.unknownTopic");
		checks.throwIfAny();
		String documents = input.documentsReviewed() == null || input.documentsReviewed().isBlank() ? null : input.documentsReviewed().strip();
		long visitId = repository.insertVisit(inspectionId, input.unitId(), input.visitedOn(), documents, access.requireUser().username());
		findings.forEach(f -> repository.addFinding(visitId, f.topic().strip(), f.finding().strip()));
		Inspection after = get(inspectionId);
		audit.record("inspection_visit", visitId, "create", null, input);
		return after;
	}

	public Recommendation recommend(long inspectionId, RecommendationInput input) {
		Inspection inspection = find(inspectionId);
		access.require(Capability.INSPECT, inspection.inspectorUnitId());
		check(inspection, input).throwIfAny();
		long id = recommendations.insert(inspectionId, input);
		recommendations.addEvent(id, Recommendation.Action.CREATED, null, access.requireUser().username(), clock.instant());
		Recommendation created = recommendations.findById(id, today()).orElseThrow();
		audit.record("inspection_recommendation", id, "create", null, created);
		return created;
	}

	/** The inspected units named by the input, each inside the inspecting unit and below it; problems go to checks. */
	List<AdminUnit> targets(AdminUnit inspector, InspectionInput input, Checks checks) {
		List<AdminUnit> targets = new ArrayList<>();
		LocalDate at = input.periodFrom() == null ? inspector.validTo() : input.periodFrom();
		for (String code : input.cleanTargets()) {
			Optional<AdminUnit> target = units.resolve(code, at);
			if (target.isEmpty()) {
				checks.add(Problem.field("targetCodes", "error.inspection.unknownUnit", code));
			}
			else if (target.get().id() == inspector.id() || !inspector.contains(target.get())) {
				checks.add(Problem.field("targetCodes", "error.inspection.targetOutside", target.get().name()));
			}
			else {
				targets.add(target.get());
			}
		}
		return targets;
	}

	/** A recommendation's text, a deadline not before the inspection, and an owner among the inspected units or below. */
	Checks check(Inspection inspection, RecommendationInput input) {
		Checks checks = new Checks();
		checks.requireText(input.text(), "text", 2000);
		checks.require(input.deadline() != null, "deadline", "error.required");
		checks.require(input.deadline() == null || !input.deadline().isBefore(inspection.periodFrom()), "deadline",
				"error.inspection.deadline");
		Optional<AdminUnit> owner = input.ownerUnitId() == null ? Optional.empty() : units.byId(input.ownerUnitId());
		checks.require(owner.isPresent() && inspection.targets().stream()
			.anyMatch(t -> units.byId(t.unitId()).map(u -> u.contains(owner.get())).orElse(false)), "ownerUnitId",
				"error.inspection.notATarget");
		return checks;
	}

	Inspection find(long id) {
		return repository.findById(id).orElseThrow(() -> new NotFoundException("error.inspection.notFound", id));
	}

	long inspectionOfVisit(long visitId) {
		return repository.inspectionOfVisit(visitId).orElseThrow(() -> new NotFoundException("error.inspection.visitNotFound", visitId));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
