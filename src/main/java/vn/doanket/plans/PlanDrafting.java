package vn.doanket.plans;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.audit.AuditLog;
import vn.doanket.front.FrontCommittees;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

/**
 * Creates and changes plans. A draft is changed in place; changing an issued plan creates its next version as a draft
 * (the issued one stays as it was until the new version is issued). Numbers are unique per issuer and year.
 */
@Service
@Transactional
class PlanDrafting {

	private final PlanWriter writer;

	private final PlanReader reader;

	private final PlanAccess planAccess;

	private final AccessPolicy access;

	private final Units units;

	private final FrontCommittees committees;

	private final AuditLog audit;

	private final Clock clock;

	PlanDrafting(PlanWriter writer, PlanReader reader, PlanAccess planAccess, AccessPolicy access, Units units,
			FrontCommittees committees, AuditLog audit, Clock clock) {
		this.writer = writer;
		this.reader = reader;
		this.planAccess = planAccess;
		this.access = access;
		this.units = units;
		this.committees = committees;
		this.audit = audit;
		this.clock = clock;
	}

	/** Saves a new plan (a confirmed import or a plan written from scratch) as a draft of the given issuer. */
	PlanData create(PlanData input) {
		return create(input, 1, null, null);
	}

	PlanData create(PlanData input, int version, Long previousId, Long parentPlanId) {
		AdminUnit issuer = issuer(input.issuerUnitId());
		access.require(Capability.MANAGE_PLANS, issuer.id());
		PlanData plan = PlanChecks.normalise(input, issuer, LocalDate.now(clock));
		requireFreeNumber(plan, null);
		long id;
		try {
			id = writer.insert(plan, version, previousId, parentPlanId);
		}
		catch (DuplicateKeyException ex) {
			throw numberTaken(plan);
		}
		writer.insertContent(id, plan);
		PlanData saved = reader.find(id).orElseThrow();
		audit.record("plan", id, "create", null, saved);
		return saved;
	}

	/** Changes a draft, or creates the next version of an issued plan; returns what was saved. */
	PlanData update(long id, PlanData input) {
		PlanReader.PlanHead head = planAccess.requireManage(id);
		PlanData before = reader.find(id).orElseThrow();
		if (head.issued()) {
			if (head.supersededBy() != null) {
				throw InvalidInputException.of("status", "error.plan.superseded");
			}
			Long pending = reader.draftVersionOf(id);
			if (pending != null) {
				throw InvalidInputException.of("status", "error.plan.draftVersionExists", pending);
			}
			PlanData next = withIssuer(input, head.issuerUnitId(), null);
			return create(next, before.version() + 1, id, before.parentPlanId());
		}
		AdminUnit issuer = issuer(head.issuerUnitId());
		PlanData plan = PlanChecks.normalise(withIssuer(input, head.issuerUnitId(), input.number()), issuer, LocalDate.now(clock));
		requireFreeNumber(plan, id);
		try {
			writer.updateHeader(id, plan);
		}
		catch (DuplicateKeyException ex) {
			throw numberTaken(plan);
		}
		writer.replaceContent(id, plan);
		PlanData after = reader.find(id).orElseThrow();
		audit.record("plan", id, "update", before, after);
		return after;
	}

	private void requireFreeNumber(PlanData plan, Long exceptId) {
		if (plan.number() == null) {
			return;
		}
		Long other = reader.planWithNumber(plan.issuerUnitId(), plan.issuedOn().getYear(), plan.number());
		if (other != null && !other.equals(exceptId)) {
			throw numberTaken(plan);
		}
	}

	private InvalidInputException numberTaken(PlanData plan) {
		int next = reader.nextNumber(plan.issuerUnitId(), plan.issuedOn().getYear());
		return InvalidInputException.of("number", "error.plan.numberTaken", plan.number(), plan.issuedOn().getYear(), next);
	}

	private AdminUnit issuer(Long unitId) {
		Long id = unitId != null ? unitId : access.requireUser().scopeUnitId();
		if (id == null) {
			throw InvalidInputException.of("issuerUnitId", "error.required");
		}
		AdminUnit unit = units.byId(id).orElseThrow(() -> InvalidInputException.of("issuerUnitId", "error.plan.issuerUnknown", id));
		access.require(Capability.MANAGE_PLANS, unit.id());
		if (committees.of(unit).isEmpty()) {
			throw InvalidInputException.of("issuerUnitId", "error.plan.noCommittee", unit.name());
		}
		return unit;
	}

	private static PlanData withIssuer(PlanData p, long issuerUnitId, Integer number) {
		return new PlanData(null, issuerUnitId, null, p.documentType(), number, p.symbol(), null, p.place(), p.issuedOn(),
				p.title(), p.summary(), p.campaignYear(), p.parentBody(), p.issuingBody(), p.legalBases(),
				p.introduction(), p.sections(), p.closing(), p.signer(), p.recipients(), null, null, null, null, null,
				p.deriveBy(), null, false);
	}

}
