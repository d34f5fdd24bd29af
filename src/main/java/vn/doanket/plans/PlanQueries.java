package vn.doanket.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.shared.PageResult;
import vn.doanket.shared.TextFolding;

/** Reading plans: one plan, lists with filters, the versions of a plan, the plans delivered to my units. */
@Service
@Transactional(readOnly = true)
class PlanQueries {

	static final String SELECT = """
			select p.id, p.number, p.symbol, p.title, p.status, p.issuer_unit_id, u.name as issuer_name, p.issued_on,
			  p.campaign_year, p.version, p.parent_plan_id, p.superseded_by
			from plan p join unit u on u.id = p.issuer_unit_id""";

	private final PlanReader reader;

	private final PlanAccess planAccess;

	private final AccessPolicy access;

	private final JdbcClient jdbc;

	PlanQueries(PlanReader reader, PlanAccess planAccess, AccessPolicy access, JdbcClient jdbc) {
		this.reader = reader;
		this.planAccess = planAccess;
		this.access = access;
		this.jdbc = jdbc;
	}

	PlanData get(long id) {
		PlanReader.PlanHead head = planAccess.requireRead(id);
		PlanData plan = reader.find(id).orElseThrow();
		Integer suggested = !head.issued() && plan.number() == null && planAccess.canManage(head)
				? reader.nextNumber(head.issuerUnitId(), plan.issuedOn().getYear()) : null;
		return new PlanData(plan.id(), plan.issuerUnitId(), plan.issuerName(), plan.documentType(), plan.number(),
				plan.symbol(), plan.numberText(), plan.place(), plan.issuedOn(), plan.title(), plan.summary(),
				plan.campaignYear(), plan.parentBody(), plan.issuingBody(), plan.legalBases(), plan.introduction(),
				plan.sections(), plan.closing(), plan.signer(), plan.recipients(), plan.status(), plan.version(),
				plan.previousId(), plan.supersededBy(), plan.parentPlanId(), plan.deriveBy(), suggested, false);
	}

	void requireManage(long id) {
		planAccess.requireManage(id);
	}

	boolean canManage(long id) {
		return planAccess.canManage(planAccess.head(id));
	}

	/** Plans the caller may read, filtered by year, issuer, status and words of the title (without diacritics). */
	PageResult<PlanSummary> list(Integer year, Long issuerUnitId, PlanData.PlanStatus status, String q, String sort,
			int page, int size) {
		access.requireUser();
		String order = switch (sort == null ? "" : sort) {
			case "title" -> "p.title_folded, p.id";
			case "number" -> "p.number_year desc, p.number nulls first, p.id";
			case "status" -> "p.status, p.issued_on desc, p.id";
			case "oldest" -> "p.issued_on, p.id";
			default -> "p.issued_on desc, p.id desc";
		};
		List<String> words = q == null || q.isBlank() ? List.of()
				: List.of(TextFolding.fold(q).strip().split("\\s+")).stream().limit(10).toList();
		StringBuilder where = new StringBuilder("""
				 where (:year < 0 or p.campaign_year = :year)
				   and (:issuer < 0 or p.issuer_unit_id = :issuer)
				   and (:status = '' or p.status = :status)""");
		Map<String, Object> params = new java.util.HashMap<>(Map.of("year", year == null ? -1 : year, "issuer",
				issuerUnitId == null ? -1L : issuerUnitId, "status", status == null ? "" : status.name()));
		for (int i = 0; i < words.size(); i++) {
			where.append(" and strpos(p.title_folded, :w").append(i).append(") > 0");
			params.put("w" + i, words.get(i));
		}
		List<PlanSummary> all = jdbc.sql(SELECT + " " + where + " order by " + order)
			.params(params)
			.query(PlanQueries::summary)
			.list();
		List<PlanSummary> visible = new ArrayList<>();
		for (PlanSummary plan : all) {
			if (planAccess.canRead(planAccess.head(plan.id()))) {
				visible.add(plan);
			}
		}
		int from = Math.min(page * size, visible.size());
		return new PageResult<>(visible.subList(from, Math.min(from + size, visible.size())), visible.size(), page, size);
	}

	/** One plan as listed, or {@code null} when the caller may not read it. */
	PlanSummary summary(long id) {
		if (!planAccess.canRead(planAccess.head(id))) {
			return null;
		}
		return jdbc.sql(SELECT + " where p.id = :id").param("id", id).query(PlanQueries::summary).single();
	}

	/** Every version of the plan, oldest first. */
	List<PlanSummary> versions(long id) {
		planAccess.requireRead(id);
		return jdbc.sql("""
				with recursive back(id, previous_id) as (
				  select id, previous_id from plan where id = :id
				  union all select p.id, p.previous_id from plan p join back b on p.id = b.previous_id),
				forward(id) as (
				  select id from plan where id = :id
				  union all select p.id from plan p join forward f on p.previous_id = f.id)
				""" + SELECT + " where p.id in (select id from back union select id from forward) order by p.version")
			.param("id", id)
			.query(PlanQueries::summary)
			.list();
	}

	static PlanSummary summary(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Integer number = (Integer) rs.getObject("number");
		String symbol = rs.getString("symbol");
		String text = number == null ? "…/" + symbol : (number < 10 ? "0" : "") + number + "/" + symbol;
		LocalDate issuedOn = rs.getDate("issued_on").toLocalDate();
		return new PlanSummary(rs.getLong("id"), text, rs.getString("title"),
				PlanData.PlanStatus.valueOf(rs.getString("status")), rs.getLong("issuer_unit_id"),
				rs.getString("issuer_name"), issuedOn, rs.getInt("campaign_year"), rs.getInt("version"),
				(Long) rs.getObject("parent_plan_id"), (Long) rs.getObject("superseded_by"));
	}

}
