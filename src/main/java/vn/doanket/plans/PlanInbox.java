package vn.doanket.plans;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.CurrentUser;
import vn.doanket.units.Units;

/** The plans delivered to the units in the caller's scope, newest first, with whether a derived plan exists. */
@Service
@Transactional(readOnly = true)
class PlanInbox {

	private final AccessPolicy access;

	private final Units units;

	private final JdbcClient jdbc;

	PlanInbox(AccessPolicy access, Units units, JdbcClient jdbc) {
		this.access = access;
		this.units = units;
		this.jdbc = jdbc;
	}

	record Entry(long planId, String number, String title, String issuerName, LocalDate issuedOn, long unitId,
			String unitName, String purpose, LocalDate deriveBy, Long derivedPlanId) {
	}

	/** A task of a received plan that is due soon or overdue and not done by the unit. */
	record Reminder(long planId, String planTitle, long itemId, String itemTitle, long unitId, String unitName,
			LocalDate due, boolean overdue) {
	}

	/** Tasks due within {@code days} days or overdue, not reported done, for the units in the caller's scope. */
	List<Reminder> reminders(LocalDate today, int days) {
		String path = scopePath();
		return jdbc.sql("""
				select p.id as plan_id, p.title as plan_title, i.id as item_id, i.title as item_title, u.id as unit_id,
				  u.name as unit_name, i.timeframe_end as due
				from plan_inbox x
				join plan p on p.id = x.plan_id and p.status = 'ISSUED' and p.superseded_by is null
				join unit u on u.id = x.unit_id
				join plan_item i on i.plan_id = p.id
				join plan_section s on s.id = i.section_id and s.kind = 'CONTENTS'
				left join plan_progress pr on pr.item_id = i.id and pr.unit_id = u.id
				where u.path like :path || '%' and i.timeframe_kind in ('DEADLINE', 'RANGE')
				  and i.timeframe_end <= :horizon and (pr.status is null or pr.status <> 'DONE')
				order by i.timeframe_end desc, p.id, u.code limit 200""")
			.param("path", path)
			.param("horizon", java.sql.Date.valueOf(today.plusDays(days)))
			.query((rs, n) -> {
				LocalDate due = rs.getDate("due").toLocalDate();
				return new Reminder(rs.getLong("plan_id"), rs.getString("plan_title"), rs.getLong("item_id"),
						rs.getString("item_title"), rs.getLong("unit_id"), rs.getString("unit_name"), due, due.isBefore(today));
			})
			.list();
	}

	private String scopePath() {
		CurrentUser user = access.requireUser();
		return user.scopeUnitId() == null ? "/" : units.byId(user.scopeUnitId()).map(u -> u.path()).orElse("/-");
	}

	List<Entry> mine() {
		CurrentUser user = access.requireUser();
		String path = user.scopeUnitId() == null ? "/" : units.byId(user.scopeUnitId()).map(u -> u.path()).orElse("/-");
		return jdbc.sql("""
				select p.id, p.number, p.symbol, p.title, iu.name as issuer_name, p.issued_on, u.id as unit_id,
				  u.name as unit_name, i.purpose, p.derive_by,
				  (select max(c.id) from plan c where c.parent_plan_id = p.id and c.issuer_unit_id = u.id) as derived
				from plan_inbox i join plan p on p.id = i.plan_id join unit u on u.id = i.unit_id
				join unit iu on iu.id = p.issuer_unit_id
				where u.path like :path || '%'
				order by i.delivered_at desc, p.id desc, u.code limit 500""")
			.param("path", path)
			.query((rs, n) -> {
				Integer number = (Integer) rs.getObject("number");
				String text = (number != null && number < 10 ? "0" : "") + number + "/" + rs.getString("symbol");
				java.sql.Date deriveBy = rs.getDate("derive_by");
				return new Entry(rs.getLong("id"), text, rs.getString("title"), rs.getString("issuer_name"),
						rs.getDate("issued_on").toLocalDate(), rs.getLong("unit_id"), rs.getString("unit_name"),
						rs.getString("purpose"), deriveBy == null ? null : deriveBy.toLocalDate(),
						(Long) rs.getObject("derived"));
			})
			.list();
	}

}
