package vn.doanket.plans;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.audit.AuditLog;
import vn.doanket.shared.Checks;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

/**
 * Issuing ("ban hành") a draft: it gets the next free number of its issuer's year when it has none, becomes
 * read-only, replaces the version before it, and is delivered to the inbox of every recipient unit (a recipient
 * naming the committees of the level below reaches each of them). Publishes {@link PlanIssued} in the transaction.
 */
@Service
@Transactional
class PlanIssuing {

	private final PlanAccess planAccess;

	private final PlanReader reader;

	private final Units units;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	PlanIssuing(PlanAccess planAccess, PlanReader reader, Units units, JdbcClient jdbc, AuditLog audit,
			ApplicationEventPublisher events) {
		this.planAccess = planAccess;
		this.reader = reader;
		this.units = units;
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
	}

	/** Issues the draft; {@code deriveBy} is the date by which lower committees should issue their own plans. */
	PlanData issue(long planId, LocalDate deriveBy) {
		planAccess.requireManage(planId);
		return issueChecked(planId, deriveBy);
	}

	/** Issues a plan whose access was checked by the caller (or demo data, which has no user). */
	PlanData issueChecked(long planId, LocalDate deriveBy) {
		PlanReader.PlanHead head = planAccess.head(planId);
		PlanData plan = reader.find(planId).orElseThrow();
		new Checks().require(!head.issued(), "status", "error.plan.alreadyIssued")
			.require(!plan.allItems().isEmpty() || !plan.sections().isEmpty(), "sections", "error.plan.emptyPlan")
			.require(deriveBy == null || !deriveBy.isBefore(plan.issuedOn()), "deriveBy", "error.plan.deriveBefore")
			.throwIfAny();
		int number = plan.number() != null ? plan.number() : reader.nextNumber(plan.issuerUnitId(), plan.issuedOn().getYear());
		jdbc.sql("""
				update plan set status = 'ISSUED', issued_at = now(), number = :n,
				  derive_by = coalesce(cast(:d as date), derive_by) where id = :id""")
			.param("n", number)
			.param("d", deriveBy == null ? null : java.sql.Date.valueOf(deriveBy))
			.param("id", planId)
			.update();
		if (plan.previousId() != null) {
			jdbc.sql("update plan set superseded_by = :id where id = :prev").param("id", planId).param("prev", plan.previousId()).update();
		}
		Map<Long, String> deliveries = deliveries(plan);
		deliveries.forEach((unitId, purpose) -> jdbc.sql("""
				insert into plan_inbox (plan_id, unit_id, purpose) values (:p, :u, :purpose)
				on conflict (plan_id, unit_id) do nothing""").param("p", planId).param("u", unitId).param("purpose", purpose).update());
		PlanData issued = reader.find(planId).orElseThrow();
		audit.record("plan", planId, "issue", plan, issued);
		events.publishEvent(new PlanIssued(planId, plan.issuerUnitId(), issued.numberText(), plan.issuedOn(),
				plan.campaignYear(), plan.parentPlanId(), plan.previousId(), List.copyOf(deliveries.keySet())));
		return issued;
	}

	/** The date the issuer's unit version is in force closest to the plan's date (a 2023 unit ends on 30/06/2025). */
	private static LocalDate inForce(AdminUnit issuer, LocalDate date) {
		if (issuer.validTo() != null && date.isAfter(issuer.validTo())) {
			return issuer.validTo();
		}
		if (issuer.validFrom() != null && date.isBefore(issuer.validFrom())) {
			return issuer.validFrom();
		}
		return date;
	}

	/** The unit of every recipient the system can deliver to, with the purpose it is delivered for. */
	private Map<Long, String> deliveries(PlanData plan) {
		Map<Long, String> units = new LinkedHashMap<>();
		AdminUnit issuer = this.units.byId(plan.issuerUnitId()).orElseThrow();
		for (PlanData.Recipient recipient : plan.recipients()) {
			switch (recipient.delivery()) {
				case UNIT -> {
					if (recipient.unitId() == null || this.units.byId(recipient.unitId()).isEmpty()) {
						throw InvalidInputException.of("recipients", "error.plan.recipientUnit", recipient.name());
					}
					units.putIfAbsent(recipient.unitId(), recipient.purpose().name());
				}
				case LOWER -> this.units.children(issuer)
					.stream()
					.filter(child -> child.validAt(inForce(issuer, plan.issuedOn())))
					.forEach(child -> units.putIfAbsent(child.id(), recipient.purpose().name()));
				default -> {
				}
			}
		}
		units.remove(issuer.id());
		return units;
	}

}
