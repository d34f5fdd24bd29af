package vn.doanket.reviews;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.audit.AuditLog;
import vn.doanket.shared.Checks;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

/**
 * Nominations for commendation (ENTER_DATA on the nominating unit): collectives or individuals of the nominating
 * unit's subtree, with the reason and supporting data; the level above reads them when it prepares its decision.
 */
@Service
@Transactional
public class Nominations {

	/** A nomination as entered; the nominee's unit by code. */
	public record NominationInput(Integer year, String kind, String name, String unitCode, String reason, String supportingData) {
	}

	/** A recorded nomination. */
	public record Nomination(long id, long nominatingUnitId, int year, String kind, String name, long unitId, String unitName, String reason,
			String supportingData) {
	}

	private final JdbcClient jdbc;

	private final Units units;

	private final AccessPolicy access;

	private final AuditLog audit;

	Nominations(JdbcClient jdbc, Units units, AccessPolicy access, AuditLog audit) {
		this.jdbc = jdbc;
		this.units = units;
		this.access = access;
		this.audit = audit;
	}

	public Nomination nominate(AdminUnit nominating, NominationInput input) {
		access.require(Capability.ENTER_DATA, nominating.id());
		Checks checks = new Checks();
		checks.require(input.year() != null && input.year() >= 2000 && input.year() <= 2100, "year", "error.nomination.year");
		checks.require("COLLECTIVE".equals(input.kind()) || "INDIVIDUAL".equals(input.kind()), "awardKind", "error.commendation.kind");
		checks.requireText(input.name(), "name", 300);
		checks.requireText(input.reason(), "reason", 4000);
		Optional<AdminUnit> unit = input.unitCode() == null ? Optional.empty()
				: units.resolve(input.unitCode().strip(), input.year() == null ? null : java.time.LocalDate.of(Math.max(2000, Math.min(2100, input.year())), 12, 31));
		checks.require(unit.isPresent(), "unitCode", "error.inspection.unknownUnit", input.unitCode());
		checks.require(unit.isEmpty() || nominating.contains(unit.get()), "unitCode", "error.commendation.outside",
				unit.map(AdminUnit::name).orElse(""), nominating.name());
		checks.throwIfAny();
		long id = jdbc.sql("""
				insert into commendation_nomination (nominating_unit_id, year, kind, name, unit_id, reason, supporting_data, created_by)
				values (:n, :y, :k, :name, :u, :r, :s, :by) returning id""")
			.param("n", nominating.id()).param("y", input.year()).param("k", input.kind()).param("name", input.name().strip())
			.param("u", unit.get().id()).param("r", input.reason().strip())
			.param("s", input.supportingData() == null || input.supportingData().isBlank() ? null : input.supportingData().strip())
			.param("by", access.requireUser().username()).query(Long.class).single();
		Nomination created = list("n.id = :v", id).get(0);
		audit.record("commendation_nomination", id, "create", null, created);
		return created;
	}

	/** Nominations made by the unit or units below it in a year. */
	@Transactional(readOnly = true)
	public List<Nomination> under(AdminUnit unit, int year) {
		access.require(Capability.READ, unit.id());
		return jdbc.sql(SELECT + " join unit nu on nu.id = n.nominating_unit_id where nu.path like :p and n.year = :y order by n.id")
			.param("p", unit.path() + "%").param("y", year).query(Nominations::map).list();
	}

	private static final String SELECT = """
			select n.id, n.nominating_unit_id, n.year, n.kind, n.name, n.unit_id, u.name as unit_name, n.reason, n.supporting_data
			from commendation_nomination n join unit u on u.id = n.unit_id""";

	private List<Nomination> list(String where, Object value) {
		return jdbc.sql(SELECT + " where " + where).param("v", value).query(Nominations::map).list();
	}

	private static Nomination map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Nomination(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7),
				rs.getString(8), rs.getString(9));
	}

}
