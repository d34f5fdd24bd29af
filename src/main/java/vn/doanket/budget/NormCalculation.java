package vn.doanket.budget;

import java.util.List;

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

	private final NormRepository norms;

	NormCalculation(ResidentialAreas areas, Units units, NormRepository norms) {
		this.areas = areas;
		this.units = units;
		this.norms = norms;
	}

	/** One residential area's minimum (with the Great Unity Day grant, when the province gives one). */
	public record AreaAmount(long areaId, String name, int households, long minimum, long unityDayGrant) {
	}

	/** The commune's minimums under its province's norms. */
	public record CommuneAmounts(String communeCode, String communeName, int year, boolean difficult, BudgetNorms norms,
			long communeMinimum, List<AreaAmount> areas, long areaMinimums, long unityDayGrants, long areasTotal, long total) {
	}

	/** The minimums of the commune in {@code year}, from its residential areas' current household counts. */
	public CommuneAmounts forCommune(AdminUnit commune, int year) {
		if (commune.level() != UnitLevel.COMMUNE) {
			throw InvalidInputException.of("commune", "error.budget.notCommune", commune.name());
		}
		List<ResidentialArea> list = areas.all(commune);
		BudgetNorms norms = normsOf(commune, year);
		boolean difficult = this.norms.isDifficult(commune.id());
		List<AreaAmount> amounts = list.stream()
			.map(a -> new AreaAmount(a.id(), a.name(), a.households(), norms.areaMinimum(a.households(), difficult),
					norms.unityDayGrant()))
			.toList();
		long areaMinimums = amounts.stream().mapToLong(AreaAmount::minimum).sum();
		long grants = amounts.stream().mapToLong(AreaAmount::unityDayGrant).sum();
		return new CommuneAmounts(commune.code(), commune.name(), year, difficult, norms, norms.communeMinimum(), amounts,
				areaMinimums, grants, areaMinimums + grants, norms.communeMinimum() + areaMinimums + grants);
	}

	private BudgetNorms normsOf(AdminUnit commune, int year) {
		List<Long> path = units.ancestors(commune).stream().map(AdminUnit::id).toList();
		return norms.effective(path, year).map(NormRepository.YearNorms::norms).orElse(BudgetNorms.NATIONAL_MINIMUM);
	}

}
