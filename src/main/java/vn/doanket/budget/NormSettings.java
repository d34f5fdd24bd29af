package vn.doanket.budget;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.audit.AuditLog;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.UnitLevel;
import vn.doanket.units.Units;

/**
 * A province's budget norms per year, kept as data. They are the province's published policy, so every signed-in user
 * reads them (a commune officer checks the estimate against them); only who approves the province's budget
 * ({@code APPROVE_FUND} on the province) sets them.
 */
@Service
@Transactional
public class NormSettings {

	/** The norms in force for a province in a year and the year whose row they come from (null: national minimums). */
	public record ProvinceNorms(String provinceCode, String provinceName, int year, Integer fromYear, BudgetNorms norms) {
	}

	private final NormRepository repository;

	private final AccessPolicy access;

	private final AuditLog audit;

	private final Units units;

	NormSettings(NormRepository repository, AccessPolicy access, AuditLog audit, Units units) {
		this.repository = repository;
		this.access = access;
		this.audit = audit;
		this.units = units;
	}

	@Transactional(readOnly = true)
	public ProvinceNorms get(AdminUnit province, int year) {
		requireProvince(province);
		Years.check(year);
		access.requireUser();
		return repository.effective(List.of(province.id()), year)
			.map(n -> new ProvinceNorms(province.code(), province.name(), year, n.year(), n.norms()))
			.orElse(new ProvinceNorms(province.code(), province.name(), year, null, BudgetNorms.NATIONAL_MINIMUM));
	}

	public ProvinceNorms save(AdminUnit province, int year, NormInput input) {
		requireProvince(province);
		Years.check(year);
		access.require(Capability.APPROVE_FUND, province.id());
		BudgetNorms before = get(province, year).norms();
		BudgetNorms norms = input.toNorms();
		repository.save(province.id(), year, norms, access.requireUser().username());
		audit.record("budget_norm", province.code() + "/" + year, "save", before, norms);
		return get(province, year);
	}

	/** A commune classed as difficult: each of its residential areas gets the difficult-commune amount. */
	public record DifficultCommune(String code, String name) {
	}

	@Transactional(readOnly = true)
	public List<DifficultCommune> difficultCommunes(AdminUnit province) {
		requireProvince(province);
		access.requireUser();
		return repository.difficultCommunes(province.path())
			.stream()
			.map(units::require)
			.map(u -> new DifficultCommune(u.code(), u.name()))
			.toList();
	}

	/** Classes a commune of the province as difficult, or no longer. */
	public List<DifficultCommune> markDifficult(AdminUnit province, AdminUnit commune, boolean difficult) {
		requireProvince(province);
		access.require(Capability.APPROVE_FUND, province.id());
		if (commune.level() != UnitLevel.COMMUNE || !province.contains(commune)) {
			throw InvalidInputException.of("communeCode", "error.budget.notCommuneOf", commune.name(), province.name());
		}
		repository.markDifficult(commune.id(), difficult);
		audit.record("budget_difficult_commune", commune.code(), difficult ? "add" : "remove", null, commune.name());
		return difficultCommunes(province);
	}

	private static void requireProvince(AdminUnit unit) {
		if (unit.level() != UnitLevel.PROVINCE) {
			throw InvalidInputException.of("provinceCode", "error.budget.notProvince", unit.name());
		}
	}

}
