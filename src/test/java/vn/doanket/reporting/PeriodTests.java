package vn.doanket.reporting;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PeriodTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(textBlock = """
			# id,   type,        calendar start, calendar end, cut-off start, cut-off end
			202301, MONTH,       2023-01-01,     2023-01-31,   2022-12-15,    2023-01-14
			202303, MONTH,       2023-03-01,     2023-03-31,   2023-02-15,    2023-03-14
			202312, MONTH,       2023-12-01,     2023-12-31,   2023-11-15,    2023-12-14
			2023Q1, QUARTER,     2023-01-01,     2023-03-31,   2022-12-15,    2023-03-14
			2023Q2, QUARTER,     2023-04-01,     2023-06-30,   2023-03-15,    2023-06-14
			2023Q3, QUARTER,     2023-07-01,     2023-09-30,   2023-06-15,    2023-09-14
			2023Q4, QUARTER,     2023-10-01,     2023-12-31,   2023-09-15,    2023-12-14
			2023S1, HALF_YEAR,   2023-01-01,     2023-06-30,   2022-12-15,    2023-06-14
			2023S2, HALF_YEAR,   2023-07-01,     2023-12-31,   2023-06-15,    2023-12-14
			2023N9, NINE_MONTHS, 2023-01-01,     2023-09-30,   2022-12-15,    2023-09-14
			2023,   YEAR,        2023-01-01,     2023-12-31,   2022-12-15,    2023-12-14
			2024,   YEAR,        2024-01-01,     2024-12-31,   2023-12-15,    2024-12-14
			""")
	void calendarRangeAndCutoffWindow(String id, PeriodType type, LocalDate start, LocalDate end, LocalDate cutoffStart,
			LocalDate cutoffEnd) {
		Period period = Period.parse(id);

		assertThat(period.id()).isEqualTo(id);
		assertThat(period.type()).isEqualTo(type);
		assertThat(period.start()).isEqualTo(start);
		assertThat(period.end()).isEqualTo(end);
		assertThat(period.cutoffStart()).isEqualTo(cutoffStart);
		assertThat(period.cutoffEnd()).isEqualTo(cutoffEnd);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "' 2023q2 ', 2023Q2", "2023s1, 2023S1", "2023n9, 2023N9", "202402, 202402" })
	void parsingIsLenientAboutCaseAndBlanks(String text, String id) {
		assertThat(Period.parse(text).id()).isEqualTo(id);
		assertThat(Period.parse(text)).isEqualTo(Period.parse(id)).hasSameHashCodeAs(Period.parse(id));
	}

	@Test
	void factoriesAgreeWithIdentifiers() {
		assertThat(Period.month(2023, 1)).isEqualTo(Period.parse("202301"));
		assertThat(Period.quarter(2023, 3)).isEqualTo(Period.parse("2023Q3"));
		assertThat(Period.halfYear(2023, 2)).isEqualTo(Period.parse("2023S2"));
		assertThat(Period.nineMonths(2023)).isEqualTo(Period.parse("2023N9"));
		assertThat(Period.wholeYear(2023)).isEqualTo(Period.parse("2023")).hasToString("2023");
		assertThat(Period.quarter(2023, 1)).isNotEqualTo(Period.halfYear(2023, 1));
		assertThatThrownBy(() -> Period.quarter(2023, 5)).isInstanceOf(IllegalArgumentException.class);
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "202313", "202300", "2023Q0", "2023Q5", "2023S3", "2023N6", "2023N", "23Q1", "2023-Q1",
			"2023 Q1", "Q1/2023", "1899", "3000Q1", "2023M01", "abc" })
	void rejectsWhatIsNotAPeriod(String text) {
		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class, () -> Period.parse(text));

		assertThat(ex.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.field()).isEqualTo("period");
			assertThat(problem.code()).isEqualTo("error.period.format");
			assertThat(problem.args()).containsExactly(text);
		});
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = "   ")
	void aMissingPeriodIsRequired(String text) {
		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class, () -> Period.parse(text));

		assertThat(ex.problems()).extracting(Problem::field, Problem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("period", "error.required"));
	}

	@ParameterizedTest(name = "{0} due on day {1} -> {2}")
	@CsvSource({ "202301, 20, 2023-02-20", "2023Q1, 20, 2023-04-20", "2023Q4, 25, 2024-01-25",
			"2023S1, 20, 2023-07-20", "2023N9, 20, 2023-10-20", "2023, 20, 2024-01-20", "202301, 31, 2023-02-28",
			"202401, 31, 2024-02-29", "2023Q1, 31, 2023-04-30", "202306, 31, 2023-07-31", "202311, 1, 2023-12-01" })
	void deadlineIsThatDayOfTheFollowingMonthClampedToItsLength(String id, int day, LocalDate due) {
		assertThat(Period.parse(id).deadline(day)).isEqualTo(due);
	}

	@Test
	void defaultDeadlineIsThe20th() {
		assertThat(Period.parse("2023Q2").deadline()).isEqualTo(LocalDate.of(2023, 7, 20));
		assertThatThrownBy(() -> Period.parse("2023Q2").deadline(0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Period.parse("2023Q2").deadline(32)).isInstanceOf(IllegalArgumentException.class);
	}

	@ParameterizedTest(name = "{0} contains {1}: {2}")
	@CsvSource({ "2023Q1, 2022-12-14, false", "2023Q1, 2022-12-15, true", "2023Q1, 2023-01-01, true",
			"2023Q1, 2023-03-14, true", "2023Q1, 2023-03-15, false", "2023Q1, 2023-03-31, false",
			"2023Q2, 2023-03-15, true", "2023, 2022-12-20, true", "2023, 2023-12-20, false", "2024, 2023-12-20, true",
			"202302, 2023-01-15, true", "202302, 2023-02-14, true", "202302, 2023-02-15, false" })
	void containsLooksAtTheCutoffWindowNotTheCalendar(String id, LocalDate date, boolean inside) {
		assertThat(Period.parse(id).contains(date)).isEqualTo(inside);
	}

	@ParameterizedTest(name = "{0} <- {1} -> {2}")
	@CsvSource({ "202212, 202301, 202302", "202311, 202312, 202401", "2022Q4, 2023Q1, 2023Q2",
			"2023Q3, 2023Q4, 2024Q1", "2022S2, 2023S1, 2023S2", "2023S1, 2023S2, 2024S1", "2022N9, 2023N9, 2024N9",
			"2022, 2023, 2024" })
	void previousAndNext(String before, String id, String after) {
		Period period = Period.parse(id);

		assertThat(period.previous().id()).isEqualTo(before);
		assertThat(period.next().id()).isEqualTo(after);
		assertThat(period.next().previous()).isEqualTo(period);
	}

	@Test
	void consecutiveCutoffWindowsLeaveNoGapAndNoOverlap() {
		Period month = Period.parse("202201");
		for (int i = 0; i < 30; i++) {
			assertThat(month.next().cutoffStart()).isEqualTo(month.cutoffEnd().plusDays(1));
			month = month.next();
		}
		Period quarter = Period.parse("2022Q1");
		for (int i = 0; i < 8; i++) {
			assertThat(quarter.next().cutoffStart()).isEqualTo(quarter.cutoffEnd().plusDays(1));
			quarter = quarter.next();
		}
	}

	@ParameterizedTest(name = "{0} / {1}")
	@CsvSource(delimiter = ';', value = { "2023; QUARTER; 2023Q1 2023Q2 2023Q3 2023Q4", "2023; HALF_YEAR; 2023S1 2023S2",
			"2023; NINE_MONTHS; 2023N9", "2023N9; QUARTER; 2023Q1 2023Q2 2023Q3", "2023N9; HALF_YEAR; 2023S1",
			"2023S2; QUARTER; 2023Q3 2023Q4", "2023Q2; MONTH; 202304 202305 202306", "2023Q2; QUARTER; 2023Q2",
			"2023Q2; YEAR; ''", "202305; QUARTER; ''" })
	void childPeriods(String id, PeriodType childType, String children) {
		List<String> expected = children.isEmpty() ? List.of() : List.of(children.split(" "));

		assertThat(Period.parse(id).childPeriods(childType)).extracting(Period::id).containsExactlyElementsOf(expected);
	}

	@Test
	void aYearHasTwelveMonthsThatCoverItsCutoffWindowExactly() {
		List<Period> months = Period.wholeYear(2023).childPeriods(PeriodType.MONTH);

		assertThat(months).hasSize(12);
		assertThat(months.get(0).cutoffStart()).isEqualTo(Period.wholeYear(2023).cutoffStart());
		assertThat(months.get(11).cutoffEnd()).isEqualTo(Period.wholeYear(2023).cutoffEnd());
	}

}
