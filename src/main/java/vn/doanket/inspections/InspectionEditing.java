package vn.doanket.inspections;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.audit.AuditLog;
import vn.doanket.shared.Checks;
import vn.doanket.shared.NotFoundException;
import vn.doanket.shared.Problem;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

/**
 * Corrections by the inspecting side (INSPECT on the inspecting unit): an inspection's plan may change as long as it
 * keeps the topics that have findings, the units that were visited or given recommendations, and no deadline before
 * its start; a recommendation may change or go while the owner has not responded and it is not closed; an inspection
 * may be deleted while none of its recommendations is followed up. Every change goes to the audit log.
 */
@Service
@Transactional
class InspectionEditing {

	private final Inspections inspections;

	private final InspectionRepository repository;

	private final RecommendationRepository recommendations;

	private final Units units;

	private final AccessPolicy access;

	private final AuditLog audit;

	private final Clock clock;

	InspectionEditing(Inspections inspections, InspectionRepository repository, RecommendationRepository recommendations, Units units,
			AccessPolicy access, AuditLog audit, Clock clock) {
		this.inspections = inspections;
		this.repository = repository;
		this.recommendations = recommendations;
		this.units = units;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	Inspection update(long id, InspectionInput input) {
		Inspection before = inspections.get(id);
		access.require(Capability.INSPECT, before.inspectorUnitId());
		AdminUnit inspector = units.byId(before.inspectorUnitId()).orElseThrow();
		Checks checks = input.check();
		List<AdminUnit> targets = inspections.targets(inspector, input, checks);
		Set<String> topics = Set.copyOf(input.cleanTopics());
		before.visits().stream().flatMap(v -> v.findings().stream()).map(Inspection.Finding::topic).filter(t -> !topics.contains(t))
			.distinct().forEach(t -> checks.add(Problem.field("topics", "error.inspection.topicInUse", t)));
		Set<String> dropped = new LinkedHashSet<>();
		before.visits().stream().filter(v -> targets.stream().noneMatch(t -> t.id() == v.unitId())).forEach(v -> dropped.add(v.unitName()));
		before.recommendations().stream().filter(r -> !ownedUnder(r, targets)).forEach(r -> dropped.add(r.ownerUnitName()));
		dropped.forEach(name -> checks.add(Problem.field("targetCodes", "error.inspection.targetInUse", name)));
		before.recommendations().stream().filter(r -> input.periodFrom() != null && r.deadline().isBefore(input.periodFrom())).findFirst()
			.ifPresent(r -> checks.add(Problem.field("periodFrom", "error.inspection.afterDeadline", r.deadline())));
		checks.throwIfAny();
		repository.update(id, InspectionKind.parse(input.kind()), input);
		repository.replaceTargets(id, targets.stream().map(AdminUnit::id).toList());
		Inspection after = inspections.get(id);
		audit.record("inspection", id, "update", before, after);
		return after;
	}

	/** Deletes the inspection with its visits and recommendations; refused once a recommendation is followed up. */
	void delete(long id) {
		Inspection before = inspections.get(id);
		access.require(Capability.INSPECT, before.inspectorUnitId());
		new Checks().require(before.recommendations().stream().noneMatch(InspectionEditing::followedUp), "recommendations",
				"error.inspection.followedUp").throwIfAny();
		repository.delete(id);
		audit.record("inspection", id, "delete", before, null);
	}

	Recommendation updateRecommendation(long id, RecommendationInput input) {
		Recommendation before = recommendation(id);
		Inspection inspection = inspections.find(before.inspectionId());
		access.require(Capability.INSPECT, inspection.inspectorUnitId());
		inspections.check(inspection, input).require(!followedUp(before), "status", "error.recommendation.followedUp").throwIfAny();
		recommendations.update(id, input);
		recommendations.addEvent(id, Recommendation.Action.EDITED, null, access.requireUser().username(), clock.instant());
		Recommendation after = recommendation(id);
		audit.record("inspection_recommendation", id, "update", before, after);
		return after;
	}

	/** Deletes the recommendation and answers the inspection it belonged to. */
	long deleteRecommendation(long id) {
		Recommendation before = recommendation(id);
		access.require(Capability.INSPECT, before.inspectorUnitId());
		new Checks().require(!followedUp(before), "status", "error.recommendation.followedUp").throwIfAny();
		recommendations.delete(id);
		audit.record("inspection_recommendation", id, "delete", before, null);
		return before.inspectionId();
	}

	/** The owner has responded, or it is closed: it is part of the follow-up record and stays as it is. */
	static boolean followedUp(Recommendation recommendation) {
		return recommendation.response() != null || recommendation.status() == RecommendationStatus.CLOSED;
	}

	private boolean ownedUnder(Recommendation recommendation, List<AdminUnit> targets) {
		return units.byId(recommendation.ownerUnitId()).map(owner -> targets.stream().anyMatch(t -> t.contains(owner))).orElse(false);
	}

	private Recommendation recommendation(long id) {
		return recommendations.findById(id, LocalDate.now(clock))
			.orElseThrow(() -> new NotFoundException("error.recommendation.notFound", id));
	}

}
