package vn.doanket.reporting;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodValuesTests {

	private static PeriodValues.Total t(int sum, int reported) {
		return new PeriodValues.Total(BigDecimal.valueOf(sum), reported);
	}

	@Test
	void aYearWithYearlyDataUsesThemAsTheyAre() {
		var total = PeriodValues.combine(Period.wholeYear(2023), Aggregation.SUM, Map.of("2023", t(10, 2), "2023Q1", t(99, 1)));
		assertThat(total.sum()).isEqualByComparingTo("10");
	}

	@Test
	void quartersAddUpForSumsAndAverages() {
		Map<String, PeriodValues.Total> quarters = Map.of("2023Q1", t(10, 2), "2023Q2", t(20, 2), "2023Q4", t(30, 3));
		var sum = PeriodValues.combine(Period.wholeYear(2023), Aggregation.SUM, quarters);
		assertThat(sum.sum()).isEqualByComparingTo("60");
		assertThat(sum.reported()).isEqualTo(3);
		var average = PeriodValues.combine(Period.wholeYear(2023), Aggregation.AVERAGE, quarters);
		assertThat(average.value(Aggregation.AVERAGE)).isEqualByComparingTo("8.57");
	}

	@Test
	void lastValueTakesTheLatestPeriodWithData() {
		Map<String, PeriodValues.Total> quarters = Map.of("2023Q1", t(10, 2), "2023Q3", t(12, 2));
		assertThat(PeriodValues.combine(Period.wholeYear(2023), Aggregation.LAST, quarters).sum()).isEqualByComparingTo("12");
	}

	@Test
	void monthsAreUsedWhenThereAreNoQuarters() {
		Map<String, PeriodValues.Total> months = Map.of("202301", t(1, 1), "202302", t(2, 1), "202305", t(4, 1));
		assertThat(PeriodValues.combine(Period.quarter(2023, 1), Aggregation.SUM, months).sum()).isEqualByComparingTo("3");
		assertThat(PeriodValues.candidates(Period.quarter(2023, 1))).containsExactly("2023Q1", "202301", "202302", "202303");
		assertThat(PeriodValues.combine(Period.quarter(2023, 3), Aggregation.SUM, months)).isNull();
	}

}
