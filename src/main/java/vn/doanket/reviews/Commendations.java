package vn.doanket.reviews;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
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
 * Commendation decisions of a Standing Committee (APPROVE_DATA on the issuing unit): every awarded collective or
 * individual must belong to a unit within the issuer's own unit, otherwise the whole decision is refused; the history
 * of a person or collective is searched by name without diacritics.
 */
@Service
@Transactional
public class Commendations {

	/** A decision as entered; awards name their unit by code. */
	public record DecisionInput(Integer number, String symbol, LocalDate issuedOn, String form, String summary, List<AwardInput> awards) {
	}

	public record AwardInput(String kind, String name, String unitCode, String reason) {
	}

	private static final String AWARD_SELECT = """
			select a.id, a.decision_id, a.kind, a.name, a.unit_id, u.name as unit_name, a.reason, d.number, d.symbol, d.issued_on, d.form
			from commendation_award a join commendation_decision d on d.id = a.decision_id join unit u on u.id = a.unit_id
			""";

	private final JdbcClient jdbc;

	private final Units units;

	private final AccessPolicy access;

	private final AuditLog audit;

	Commendations(JdbcClient jdbc, Units units, AccessPolicy access, AuditLog audit) {
		this.jdbc = jdbc;
		this.units = units;
		this.access = access;
		this.audit = audit;
	}

	public CommendationDecision decide(AdminUnit issuer, DecisionInput input) {
		access.require(Capability.APPROVE_DATA, issuer.id());
		Checks checks = new Checks();
		checks.require(input.number() != null && input.number() > 0, "decisionNumber", "error.commendation.number");
		checks.require(input.symbol() != null && input.symbol().strip().matches("[\\p{L}\\p{N}][\\p{L}\\p{N}.\\-]{0,39}"), "symbol",
				"error.document.number", input.symbol());
		checks.require(input.issuedOn() != null, "issuedOn", "error.required");
		checks.require("BANG_KHEN".equals(input.form()) || "GIAY_KHEN".equals(input.form()), "commendationForm", "error.commendation.form");
		checks.requireText(input.summary(), "summary", 500);
		List<AwardInput> awards = input.awards() == null ? List.of() : input.awards();
		checks.require(!awards.isEmpty(), "awards", "error.required");
		LocalDate at = input.issuedOn();
		Long[] unitIds = new Long[awards.size()];
		for (int i = 0; i < awards.size(); i++) {
			AwardInput a = awards.get(i);
			int row = i + 1;
			if (a == null) {
				checks.add(Problem.cell(row, "name", "error.required"));
				continue;
			}
			if (!"COLLECTIVE".equals(a.kind()) && !"INDIVIDUAL".equals(a.kind())) {
				checks.add(Problem.cell(row, "awardKind", "error.commendation.kind"));
			}
			if (a.name() == null || a.name().isBlank() || a.name().length() > 300) {
				checks.add(Problem.cell(row, "name", "error.required"));
			}
			if (a.reason() == null || a.reason().isBlank()) {
				checks.add(Problem.cell(row, "reason", "error.required"));
			}
			Optional<AdminUnit> unit = a.unitCode() == null ? Optional.empty() : units.resolve(a.unitCode().strip(), at);
			if (unit.isEmpty()) {
				checks.add(Problem.cell(row, "unitCode", "error.inspection.unknownUnit", a.unitCode()));
			}
			else if (!issuer.contains(unit.get())) {
				checks.add(Problem.cell(row, "unitCode", "error.commendation.outside", unit.get().name(), issuer.name()));
			}
			else {
				unitIds[i] = unit.get().id();
			}
		}
		checks.throwIfAny();
		long id = jdbc.sql("""
				insert into commendation_decision (issuer_unit_id, number, symbol, issued_on, form, summary, created_by)
				values (:u, :n, :s, :d, :f, :sum, :by) returning id""")
			.param("u", issuer.id()).param("n", input.number()).param("s", input.symbol().strip()).param("d", input.issuedOn())
			.param("f", input.form()).param("sum", input.summary().strip()).param("by", access.requireUser().username())
			.query(Long.class).single();
		for (int i = 0; i < awards.size(); i++) {
			AwardInput a = awards.get(i);
			jdbc.sql("insert into commendation_award (decision_id, kind, name, unit_id, reason) values (:d, :k, :n, :u, :r)")
				.param("d", id).param("k", a.kind()).param("n", a.name().strip()).param("u", unitIds[i]).param("r", a.reason().strip()).update();
		}
		CommendationDecision created = find(id);
		audit.record("commendation_decision", id, "create", null, created);
		return created;
	}

	@Transactional(readOnly = true)
	public CommendationDecision get(long id) {
		CommendationDecision decision = find(id);
		access.require(Capability.READ, decision.issuerUnitId());
		return decision;
	}

	/** Decisions issued by the unit or units below it. */
	@Transactional(readOnly = true)
	public List<CommendationDecision> under(AdminUnit unit, Integer year) {
		access.require(Capability.READ, unit.id());
		return jdbc.sql("""
				select d.id from commendation_decision d join unit u on u.id = d.issuer_unit_id
				where u.path like :p and (cast(:y as int) is null or extract(year from d.issued_on) = :y) order by d.issued_on desc, d.id desc""")
			.param("p", unit.path() + "%").param("y", year).query(Long.class).list().stream().map(this::find).toList();
	}

	/** Awards of collectives or individuals of the unit's subtree whose name contains the words typed (diacritics optional). */
	@Transactional(readOnly = true)
	public List<CommendationDecision.Award> history(AdminUnit unit, String name) {
		access.require(Capability.READ, unit.id());
		return jdbc.sql(AWARD_SELECT + " where u.path like :p and a.name_folded like '%' || fold(:q) || '%' order by d.issued_on desc, a.id limit 500")
			.param("p", unit.path() + "%").param("q", name == null ? "" : name.strip())
			.query((rs, n) -> award(rs)).list();
	}

	private CommendationDecision find(long id) {
		List<CommendationDecision.Award> awards = jdbc.sql(AWARD_SELECT + " where a.decision_id = :d order by a.id").param("d", id)
			.query((rs, n) -> award(rs)).list();
		return jdbc.sql("""
				select d.*, u.name as issuer_name from commendation_decision d join unit u on u.id = d.issuer_unit_id where d.id = :id""")
			.param("id", id)
			.query((rs, n) -> new CommendationDecision(rs.getLong("id"), rs.getLong("issuer_unit_id"), rs.getString("issuer_name"),
					rs.getInt("number"), rs.getString("symbol"), rs.getDate("issued_on").toLocalDate(), rs.getString("form"),
					rs.getString("summary"), awards))
			.optional()
			.orElseThrow(() -> new NotFoundException("error.commendation.notFound", id));
	}

	private static CommendationDecision.Award award(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new CommendationDecision.Award(rs.getLong("id"), rs.getLong("decision_id"), rs.getString("kind"), rs.getString("name"),
				rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("reason"), rs.getInt("number"), rs.getString("symbol"),
				rs.getDate("issued_on").toLocalDate(), rs.getString("form"));
	}

}
