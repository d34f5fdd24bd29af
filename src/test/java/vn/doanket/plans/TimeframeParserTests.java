package vn.doanket.plans;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static vn.doanket.plans.Timeframe.Kind.DEADLINE;
import static vn.doanket.plans.Timeframe.Kind.ONGOING;
import static vn.doanket.plans.Timeframe.Kind.RANGE;
import static vn.doanket.plans.Timeframe.Kind.UNKNOWN;

class TimeframeParserTests {

	static Stream<Arguments> wordings() {
		return Stream.of(
				arguments("Thường xuyên", ONGOING, null, null),
				arguments("THUONG XUYEN", ONGOING, null, null),
				arguments("Hàng năm", ONGOING, null, null),
				arguments("dự kiến cuối Quý I/2023", DEADLINE, null, "2023-03-31"),
				arguments("quý III-IV/2023", RANGE, "2023-07-01", "2023-12-31"),
				arguments("Quý II/2023", RANGE, "2023-04-01", "2023-06-30"),
				arguments("quý 3 năm 2022", RANGE, "2022-07-01", "2022-09-30"),
				arguments("Quý IV", RANGE, "2023-10-01", "2023-12-31"),
				arguments("Trong năm 2023", RANGE, "2023-01-01", "2023-12-31"),
				arguments("năm 2023", RANGE, "2023-01-01", "2023-12-31"),
				arguments("Trong năm", RANGE, "2023-01-01", "2023-12-31"),
				arguments("(tháng 8 năm 2010)", RANGE, "2010-08-01", "2010-08-31"),
				arguments("tháng 8/2010", RANGE, "2010-08-01", "2010-08-31"),
				arguments("tháng 2/2024", RANGE, "2024-02-01", "2024-02-29"),
				arguments("tháng 10-11/2023", RANGE, "2023-10-01", "2023-11-30"),
				arguments("từ tháng 3 đến tháng 5 năm 2023", RANGE, "2023-03-01", "2023-05-31"),
				arguments("trước ngày 15/10/2023", DEADLINE, null, "2023-10-15"),
				arguments("hạn chót 15/10/2023", DEADLINE, null, "2023-10-15"),
				arguments("chậm nhất ngày 15/10/2023", DEADLINE, null, "2023-10-15"),
				arguments("Chậm nhất ngày 15 tháng 10 năm 2023", DEADLINE, null, "2023-10-15"),
				arguments("cuối tháng 10/2023", DEADLINE, null, "2023-10-31"),
				arguments("từ ngày 01/11 đến ngày 18/11/2023", RANGE, "2023-11-01", "2023-11-18"),
				arguments("01/11 – 18/11/2023", RANGE, "2023-11-01", "2023-11-18"),
				arguments("từ ngày 15/12 đến ngày 14/01/2024", RANGE, "2023-12-15", "2024-01-14"),
				arguments("ngày 18/11/2023", RANGE, "2023-11-18", "2023-11-18"),
				arguments("ngày 18-11-2023", RANGE, "2023-11-18", "2023-11-18"),
				arguments("ngày 18/11", RANGE, "2023-11-18", "2023-11-18"),
				arguments("6 tháng đầu năm 2023", RANGE, "2023-01-01", "2023-06-30"),
				arguments("6 tháng cuối năm", RANGE, "2023-07-01", "2023-12-31"),
				arguments("9 tháng đầu năm 2022", RANGE, "2022-01-01", "2022-09-30"),
				arguments("giai đoạn 2021-2025", RANGE, "2021-01-01", "2025-12-31"),
				arguments("Theo kế hoạch của địa phương", UNKNOWN, null, null),
				arguments("ngày 31/02/2023", UNKNOWN, null, null),
				arguments("tháng 13/2023", UNKNOWN, null, null),
				arguments("", UNKNOWN, null, null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("wordings")
	void normalisesVietnameseTimeframes(String text, Timeframe.Kind kind, String start, String end) {
		Timeframe timeframe = TimeframeParser.parse(text, 2023);

		assertThat(timeframe.kind()).isEqualTo(kind);
		assertThat(timeframe.start()).isEqualTo(start == null ? null : LocalDate.parse(start));
		assertThat(timeframe.end()).isEqualTo(end == null ? null : LocalDate.parse(end));
		assertThat(timeframe.text()).isEqualTo(text.strip());
	}

	@ParameterizedTest
	@ValueSource(strings = { "DỰ KIẾN CUỐI QUÝ I/2023", "du kien cuoi quy i/2023", "Dự kiến cuối quý I / 2023" })
	void ignoresCaseAndDiacritics(String text) {
		assertThat(TimeframeParser.parse(text, 2000)).isEqualTo(Timeframe.deadline(LocalDate.of(2023, 3, 31), text));
	}

	@Test
	void takesTheMissingYearFromTheDefault() {
		assertThat(TimeframeParser.parse("6 tháng cuối năm", 2025).start()).isEqualTo(LocalDate.of(2025, 7, 1));
	}

	@Test
	void keepsUnknownWordingAndNeverThrows() {
		assertThat(TimeframeParser.parse(null, 2023)).isEqualTo(Timeframe.unknown(""));
		assertThat(TimeframeParser.parse("  sau khi có hướng dẫn  ", 2023)).isEqualTo(Timeframe.unknown("sau khi có hướng dẫn"));
		assertThat(TimeframeParser.parse("ngày 99/99/99999", 2023).kind()).isEqualTo(UNKNOWN);
	}

}
