package vn.doanket.budget;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.front.ResidentialArea;
import vn.doanket.front.ResidentialAreas;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.UnitLevel;
import vn.doanket.units.Units;

/** The norm-based minimum budget of a commune's Front committee and of its residential areas' work committees. */
@Service
@Transactional(readOnly = true)
public class NormCalculation {

	private final ResidentialAreas areas;

	private final Units units;

	private final JdbcClient jdbc;

	NormCalculation(ResidentialAreas areas, Units units, JdbcClient jdbc) {
		this.areas = areas;
		this.units = units;
		this.jdbc = jdbc;
	}

	/** One residential area's minimum (with the Great Unity Day grant, when the province gives one). */
	public record AreaAmount(long areaId, String name, int households, long minimum, long unityDayGrant) {
	}

	/** The commune's minimums under its province's norms. */
	public record CommuneAmounts(String communeCode, String communeName, boolean difficult, BudgetNorms norms,
			long communeMinimum, List<AreaAmount> areas, long areasTotal, long total) {
	}

	public CommuneAmounts forCommune(AdminUnit commune) {
		if (commune.level() != UnitLevel.COMMUNE) {
			throw InvalidInputException.of("commune", "error.budget.notCommune", commune.name());
		}
		List<ResidentialArea> list = areas.all(commune);
		BudgetNorms norms = normsOf(commune);
		boolean difficult = jdbc.sql("select count(*) from budget_difficult_commune where unit_id = :u")
			.param("u", commune.id())
			.query(Long.class)
			.single() > 0;
		List<AreaAmount> amounts = list.stream()
			.map(a -> new AreaAmount(a.id(), a.name(), a.households(), norms.areaMinimum(a.households(), difficult),
					norms.unityDayGrant()))
			.toList();
		long areasTotal = amounts.stream().mapToLong(a -> a.minimum() + a.unityDayGrant()).sum();
		return new CommuneAmounts(commune.code(), commune.name(), difficult, norms, norms.communeMinimum(), amounts, areasTotal,
				norms.communeMinimum() + areasTotal);
	}

	private BudgetNorms normsOf(AdminUnit commune) {
		List<Long> path = units.ancestors(commune).stream().map(AdminUnit::id).toList();
		return jdbc.sql("""
				select commune_minimum, area_base, area_threshold, area_step_households, area_step_amount, difficult_bonus,
				       unity_day_grant from budget_norm where province_id in (:p) limit 1""")
			.param("p", path.isEmpty() ? List.of(-1L) : path)
			.query((rs, n) -> new BudgetNorms(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getLong(5),
					rs.getLong(6), rs.getLong(7)))
			.optional()
			.orElse(BudgetNorms.NATIONAL_MINIMUM);
	}

}
