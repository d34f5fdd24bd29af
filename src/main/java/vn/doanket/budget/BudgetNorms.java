package vn.doanket.budget;

/**
 * The yearly norms of a province under Thông tư 121/2017/TT-BTC, in whole đồng. The defaults are the national
 * minimums: 20,000,000 per commune Front committee; 5,000,000 per residential-area Front work committee under 700
 * households, 1,000,000 more from 700 households and for each further 200, and 1,000,000 more in a difficult commune.
 * A province may set higher amounts and a grant for Great Unity Day per residential area.
 */
public record BudgetNorms(long communeMinimum, long areaBase, int areaThreshold, int areaStepHouseholds, long areaStepAmount,
		long difficultBonus, long unityDayGrant) {

	public static final BudgetNorms NATIONAL_MINIMUM = new BudgetNorms(20_000_000, 5_000_000, 700, 200, 1_000_000, 1_000_000, 0);

	public BudgetNorms {
		if (communeMinimum < 0 || areaBase < 0 || areaThreshold < 1 || areaStepHouseholds < 1 || areaStepAmount < 0
				|| difficultBonus < 0 || unityDayGrant < 0) {
			throw new IllegalArgumentException("norms are positive amounts and household counts");
		}
	}

	/**
	 * The minimum for one residential area: the base under the threshold; from the threshold on, one step for reaching
	 * it and one more for each further full {@code areaStepHouseholds}; plus the bonus in a difficult commune.
	 */
	public long areaMinimum(int households, boolean difficultCommune) {
		long amount = areaBase;
		if (households >= areaThreshold) {
			amount += areaStepAmount * (1 + (households - areaThreshold) / areaStepHouseholds);
		}
		return amount + (difficultCommune ? difficultBonus : 0);
	}

}
