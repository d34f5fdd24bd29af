package vn.doanket.budget;

import java.util.Comparator;

/** How the list of estimates is sorted: by level and unit code, by estimate or by spending (largest first). */
enum EstimateSort {

	UNIT(Comparator.comparing((EstimateRepository.Summary s) -> s.estimate().level())
		.thenComparingInt(s -> s.estimate().unitCode().length())
		.thenComparing(s -> s.estimate().unitCode())),
	AMOUNT(Comparator.comparingLong(EstimateRepository.Summary::amount).reversed()),
	SPENT(Comparator.comparingLong(EstimateRepository.Summary::spent).reversed());

	private final Comparator<EstimateRepository.Summary> comparator;

	EstimateSort(Comparator<EstimateRepository.Summary> comparator) {
		this.comparator = comparator;
	}

	Comparator<EstimateRepository.Summary> comparator() {
		return comparator;
	}

	static EstimateSort parse(String value) {
		for (EstimateSort sort : values()) {
			if (sort.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
				return sort;
			}
		}
		return UNIT;
	}

}
