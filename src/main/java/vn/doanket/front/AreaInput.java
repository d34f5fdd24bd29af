package vn.doanket.front;

import io.swagger.v3.oas.annotations.media.Schema;

import vn.doanket.shared.Checks;

/** What a user submits for a residential area; every field is checked before anything is saved. */
@Schema(description = "Khu dân cư")
public record AreaInput(@Schema(example = "Thôn Đắk Dung") String name,
		@Schema(description = "thôn, làng, bản, buôn, plei, ấp, xóm, tổ dân phố, khối phố, khu phố", example = "thôn") String type,
		@Schema(example = "120") Integer households, @Schema(example = "520") Integer population,
		@Schema(example = "true") Boolean ethnicMinority) {

	static final int MAX_HOUSEHOLDS = 100_000;

	static final int MAX_POPULATION = 1_000_000;

	Checks check() {
		Checks checks = new Checks().requireText(name, "name", 200);
		if (type == null || type.isBlank()) {
			checks.add(vn.doanket.shared.Problem.field("type", "error.required"));
		}
		else if (AreaType.parse(type) == null) {
			checks.add(vn.doanket.shared.Problem.field("type", "error.area.type", type));
		}
		checkCount(checks, households, "households", MAX_HOUSEHOLDS);
		checkCount(checks, population, "population", MAX_POPULATION);
		if (households != null && population != null && households > 0 && population < households) {
			checks.add(vn.doanket.shared.Problem.field("population", "error.area.populationBelowHouseholds"));
		}
		return checks;
	}

	private static void checkCount(Checks checks, Integer value, String field, int max) {
		if (value == null) {
			checks.add(vn.doanket.shared.Problem.field(field, "error.required"));
		}
		else if (value < 0) {
			checks.add(vn.doanket.shared.Problem.field(field, "error.negative"));
		}
		else if (value > max) {
			checks.add(vn.doanket.shared.Problem.field(field, "error.tooLarge", max));
		}
	}

	String trimmedName() {
		return name.trim().replaceAll("\\s+", " ");
	}

	boolean minority() {
		return Boolean.TRUE.equals(ethnicMinority);
	}

}
