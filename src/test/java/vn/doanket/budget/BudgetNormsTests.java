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
		assertThat(NATIONAL.areaMinimum(1_300, false)).isEqualTo(9_000_000);
	}

	@Test
	void aDifficultCommuneAddsItsBonus() {
		assertThat(NATIONAL.areaMinimum(142, true)).isEqualTo(6_000_000);
		assertThat(NATIONAL.communeMinimum()).isEqualTo(20_000_000);
	}

	@Test
	void normsCannotBeNegative() {
		assertThatThrownBy(() -> new BudgetNorms(-1, 5_000_000, 700, 200, 1_000_000, 1_000_000, 0))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
