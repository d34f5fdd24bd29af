package vn.doanket.plans;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

/**
 * The cascade: a committee that received an issued plan derives its own draft from it (items copied and linked to
 * their parent items, its own issuer, number and signer, the upper plan as its basis), and the issuer sees which
 * committees have issued theirs, late or on time, and which have not.
 */
@Service
@Transactional
class PlanCascade {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final PlanAccess planAccess;

	private final PlanReader reader;

	private final PlanDrafting drafting;

	private final AccessPolicy access;

	private final Units units;

	private final JdbcClient jdbc;

	private final Clock clock;

	PlanCascade(PlanAccess planAccess, PlanReader reader, PlanDrafting drafting, AccessPolicy access, Units units,
			JdbcClient jdbc, Clock clock) {
		this.planAccess = planAccess;
		this.reader = reader;
		this.drafting = drafting;
		this.access = access;
		this.units = units;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The units the issued plan was delivered to that the caller manages plans for. */
	List<AdminUnit> unitsThatMayDerive(long parentPlanId) {
		PlanReader.PlanHead head = planAccess.requireRead(parentPlanId);
		if (!head.issued()) {
			return List.of();
		}
		return deliveredUnits(parentPlanId).stream().filter(u -> access.can(Capability.MANAGE_PLANS, u.id())).toList();
	}

	/** The units the caller may report progress for on this issued plan: those it was delivered to, or its issuer. */
	List<AdminUnit> unitsThatReport(long planId) {
		PlanReader.PlanHead head = planAccess.requireRead(planId);
		if (!head.issued()) {
			return List.of();
		}
		return deliveredUnits(planId).stream().filter(u -> access.can(Capability.REPORT_PROGRESS, u.id())).toList();
	}

	/** Creates the draft of {@code unitId} derived from the issued plan. */
	PlanData derive(long parentPlanId, Long unitId) {
		PlanReader.PlanHead head = planAccess.requireRead(parentPlanId);
		if (!head.issued()) {
			throw InvalidInputException.of("status", "error.plan.notIssued");
		}
		List<AdminUnit> mine = unitsThatMayDerive(parentPlanId);
		AdminUnit unit = unitId == null ? mine.stream().findFirst().orElse(null)
				: mine.stream().filter(u -> u.id() == unitId).findFirst().orElse(null);
		if (unit == null) {
			throw new AccessDeniedException("derive plan " + parentPlanId);
		}
		PlanData draft = derivedDraft(reader.find(parentPlanId).orElseThrow(), unit, LocalDate.now(clock));
		return drafting.create(draft, 1, null, parentPlanId);
	}

	static PlanData derivedDraft(PlanData parent, AdminUnit unit, LocalDate today) {
		String upper = lowerFirst(parent.issuerName());
		String basis = "Thực hiện Kế hoạch số " + parent.numberText() + " ngày " + parent.issuedOn().format(DAY)
				+ " của Ban Thường trực Ủy ban MTTQ Việt Nam " + upper + ".";
		List<PlanData.Section> sections = new ArrayList<>();
		for (PlanData.Section section : parent.sections()) {
			List<PlanData.Item> items = section.items()
				.stream()
				.map(i -> new PlanData.Item(null, i.label(), i.title(), i.content(), i.form(), i.details(),
						i.campaignContents(), i.activityKind(), i.timeframe(), i.responsible(), i.coordinating(), i.id(), false))
				.toList();
			sections.add(new PlanData.Section(null, section.label(), section.title(), section.kind(), section.text(), items,
					section.parties(), false));
		}
		List<PlanData.Recipient> recipients = List.of(
				new PlanData.Recipient("BTT UBMTTQVN " + upper, PlanData.Purpose.B_C, PlanData.Delivery.NONE, null),
				new PlanData.Recipient("BTT UBMTTQVN các xã, thị trấn", PlanData.Purpose.T_H, PlanData.Delivery.LOWER, null),
				new PlanData.Recipient("VT", PlanData.Purpose.LUU, PlanData.Delivery.NONE, null));
		return new PlanData(null, unit.id(), null, "KH", null, null, null, null, today, parent.title(), parent.summary(),
				parent.campaignYear(), null, null, List.of(new PlanData.Basis(basis, parent.numberText(), parent.issuedOn(),
						parent.issuingBody(), parent.title())), List.of(), sections, List.of(), null, recipients, null, null,
				null, null, null, null, null, false);
	}

	/** Every delivered unit with the state of its derived plan. */
	List<ChildPlan> children(long parentPlanId) {
		planAccess.requireRead(parentPlanId);
		LocalDate deriveBy = reader.find(parentPlanId).map(PlanData::deriveBy).orElse(null);
		List<ChildPlan> children = new ArrayList<>();
		for (AdminUnit unit : deliveredUnits(parentPlanId)) {
			ChildPlan child = jdbc.sql("""
					select id, status, number, symbol, issued_at from plan
					where parent_plan_id = :p and issuer_unit_id = :u and superseded_by is null
					order by (status = 'ISSUED') desc, id desc limit 1""")
				.param("p", parentPlanId)
				.param("u", unit.id())
				.query((rs, n) -> {
					Instant issuedAt = rs.getTimestamp("issued_at") == null ? null : rs.getTimestamp("issued_at").toInstant();
					LocalDate issuedOn = issuedAt == null ? null : issuedAt.atZone(clock.getZone()).toLocalDate();
					Integer number = (Integer) rs.getObject("number");
					String text = number == null ? null : (number < 10 ? "0" : "") + number + "/" + rs.getString("symbol");
					ChildState state = issuedAt == null ? ChildState.DRAFT
							: deriveBy != null && issuedOn.isAfter(deriveBy) ? ChildState.LATE : ChildState.ISSUED;
					return new ChildPlan(unit.id(), unit.name(), rs.getLong("id"), text, state, issuedOn);
				})
				.optional()
				.orElseGet(() -> new ChildPlan(unit.id(), unit.name(), null, null,
						deriveBy != null && LocalDate.now(clock).isAfter(deriveBy) ? ChildState.OVERDUE : ChildState.MISSING, null));
			children.add(child);
		}
		return children;
	}

	List<AdminUnit> deliveredUnits(long planId) {
		return jdbc.sql("select i.unit_id from plan_inbox i join unit u on u.id = i.unit_id where i.plan_id = :p order by u.code")
			.param("p", planId)
			.query(Long.class)
			.list()
			.stream()
			.map(id -> units.byId(id).orElseThrow())
			.toList();
	}

	/** The state of a lower committee's derived plan. */
	enum ChildState {

		MISSING, OVERDUE, DRAFT, ISSUED, LATE

	}

	record ChildPlan(long unitId, String unitName, Long planId, String number, ChildState state, LocalDate issuedOn) {
	}

	private static String lowerFirst(String name) {
		return name == null || name.isEmpty() ? "" : Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

}
