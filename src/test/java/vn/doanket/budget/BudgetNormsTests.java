package vn.doanket.budget;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BudgetNormsTests {

	static final BudgetNorms NATIONAL = BudgetNorms.NATIONAL_MINIMUM;

	@Test
	void anAreaUnder700HouseholdsGetsTheBase() {
		assertThat(NATIONAL.areaMinimum(0, false)).isEqualTo(5_000_000);
		assertThat(NATIONAL.areaMinimum(699, false)).isEqualTo(5_000_000);
	}

	@Test
	void from700HouseholdsEachFurther200AddOneMillion() {
		assertThat(NATIONAL.areaMinimum(700, false)).isEqualTo(6_000_000);
		assertThat(NATIONAL.areaMinimum(899, false)).isEqualTo(6_000_000);
		assertThat(NATIONAL.areaMinimum(900, false)).isEqualTo(7_000_000);
		assertThat(NATIONAL.areaMinimum(901, false)).isEqualTo(7_000_000);
		assertThat(NATIONAL.areaMinimum(1_099, false)).isEqualTo(7_000_000);
		assertThat(NATIONAL.areaMinimum(1_100, false)).isEqualTo(8_000_000);
		assertThat(NATIONAL.areaMinimum(1_300, false)).isEqualTo(9_000_000);
	}

	@Test
	void aDifficultCommuneAddsItsBonus() {
		assertThat(NATIONAL.areaMinimum(142, true)).isEqualTo(6_000_000);
		assertThat(NATIONAL.communeMinimum()).isEqualTo(20_000_000);
	}

	@Test
	void typedNormsAreRefusedWhenNegativeMissingOrBelowTheNationalMinimum() {
		NormInput input = new NormInput(19_999_999L, -1L, 0, null, 1_000_000L, 1_000_000L, 5_000_000L);
		assertThatThrownBy(input::toNorms).isInstanceOfSatisfying(vn.doanket.shared.InvalidInputException.class,
				ex -> assertThat(ex.problems()).extracting(vn.doanket.shared.Problem::field, vn.doanket.shared.Problem::code)
					.containsExactlyInAnyOrder(org.assertj.core.api.Assertions.tuple("communeMinimum", "error.budget.belowNationalMinimum"),
							org.assertj.core.api.Assertions.tuple("areaBase", "error.negative"),
							org.assertj.core.api.Assertions.tuple("areaThreshold", "error.budget.householdsRange"),
							org.assertj.core.api.Assertions.tuple("areaStepHouseholds", "error.required")));
		BudgetNorms kontum = new NormInput(25_000_000L, 5_000_000L, 700, 200, 1_000_000L, 1_000_000L, 5_000_000L).toNorms();
		assertThat(kontum.areaMinimum(900, true)).isEqualTo(8_000_000);
	}

	@Test
	void theExecutionRateIsAPercentWithOneDecimalAndNoneForAnEmptyLine() {
		assertThat(EstimateView.rate(162_500_000, 150_000_000)).isEqualByComparingTo("108.3");
		assertThat(EstimateView.rate(1, 3)).isEqualByComparingTo("33.3");
		assertThat(EstimateView.rate(0, 0)).isNull();
		EstimateView.LineView line = EstimateView.LineView.of(BudgetLine.AREA_SUPPORT, 25_000_000, 30_000_000L, 26_000_000);
		assertThat(line.belowNorm()).isTrue();
		assertThat(line.overEstimate()).isTrue();
		assertThat(line.difference()).isEqualTo(-1_000_000);
	}

	@Test
	void normsCannotBeNegative() {
		assertThatThrownBy(() -> new BudgetNorms(-1, 5_000_000, 700, 200, 1_000_000, 1_000_000, 0))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
