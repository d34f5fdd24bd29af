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
