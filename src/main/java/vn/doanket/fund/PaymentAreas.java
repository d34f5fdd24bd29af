package vn.doanket.fund;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.doanket.front.ResidentialArea;
import vn.doanket.front.ResidentialAreas;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.UnitLevel;
import vn.doanket.units.Units;

/**
 * Where a payment's beneficiary lives, chosen from the residential areas the communes keep (module {@code front})
 * rather than typed: the communes under the fund's committee, and the areas of one of them.
 */
@Component
class PaymentAreas {

	private static final Comparator<String> VIETNAMESE = Collator.getInstance(java.util.Locale.forLanguageTag("vi"))::compare;

	private final Units units;

	private final ResidentialAreas areas;

	PaymentAreas(Units units, ResidentialAreas areas) {
		this.units = units;
		this.areas = areas;
	}

	/** The communes a beneficiary of the fund may live in: the fund's own commune, or those under its district or province. */
	List<AdminUnit> communes(Fund fund) {
		AdminUnit unit = units.require(fund.unitId());
		return units.subtree(unit)
			.stream()
			.filter(u -> u.level() == UnitLevel.COMMUNE)
			.sorted(Comparator.comparing(AdminUnit::name, VIETNAMESE))
			.toList();
	}

	/** The residential areas of a commune under the fund's committee; none when no commune is chosen. */
	List<ResidentialArea> areas(Fund fund, Long communeId) {
		if (communeId == null) {
			return List.of();
		}
		return areas.all(commune(fund, communeId)).stream().sorted(Comparator.comparing(ResidentialArea::name, VIETNAMESE)).toList();
	}

	/**
	 * The area as recorded on the payment: its name, followed by the commune's name when the fund is above the commune.
	 */
	String areaName(Fund fund, Long communeId, Long areaId) {
		if (communeId == null) {
			throw InvalidInputException.of("commune", "error.required");
		}
		AdminUnit commune = commune(fund, communeId);
		if (areaId == null) {
			throw InvalidInputException.of("areaName", "error.required");
		}
		ResidentialArea area = areas.all(commune)
			.stream()
			.filter(a -> a.id() == areaId)
			.findFirst()
			.orElseThrow(() -> InvalidInputException.of("areaName", "error.fund.areaNotInCommune", commune.name()));
		return commune.id() == fund.unitId() ? area.name() : area.name() + ", " + commune.name();
	}

	private AdminUnit commune(Fund fund, long communeId) {
		AdminUnit commune = units.byId(communeId).orElse(null);
		if (commune == null || commune.level() != UnitLevel.COMMUNE || !units.isCoveredBy(commune.id(), fund.unitId())) {
			throw InvalidInputException.of("commune", "error.fund.communeOutside");
		}
		return commune;
	}

}
