package vn.doanket.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.doanket.shared.InvalidInputException;

class AmountInWordsTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			0                   | Không đồng
			1                   | Một đồng
			5                   | Năm đồng
			10                  | Mười đồng
			11                  | Mười một đồng
			14                  | Mười bốn đồng
			15                  | Mười lăm đồng
			19                  | Mười chín đồng
			20                  | Hai mươi đồng
			21                  | Hai mươi mốt đồng
			24                  | Hai mươi bốn đồng
			25                  | Hai mươi lăm đồng
			55                  | Năm mươi lăm đồng
			91                  | Chín mươi mốt đồng
			99                  | Chín mươi chín đồng
			100                 | Một trăm đồng
			101                 | Một trăm linh một đồng
			105                 | Một trăm linh năm đồng
			110                 | Một trăm mười đồng
			111                 | Một trăm mười một đồng
			115                 | Một trăm mười lăm đồng
			121                 | Một trăm hai mươi mốt đồng
			505                 | Năm trăm linh năm đồng
			555                 | Năm trăm năm mươi lăm đồng
			999                 | Chín trăm chín mươi chín đồng
			1000                | Một nghìn đồng
			1001                | Một nghìn không trăm linh một đồng
			1010                | Một nghìn không trăm mười đồng
			1015                | Một nghìn không trăm mười lăm đồng
			1021                | Một nghìn không trăm hai mươi mốt đồng
			1100                | Một nghìn một trăm đồng
			10000               | Mười nghìn đồng
			15000               | Mười lăm nghìn đồng
			21000               | Hai mươi mốt nghìn đồng
			50000               | Năm mươi nghìn đồng
			105000              | Một trăm linh năm nghìn đồng
			500000              | Năm trăm nghìn đồng
			1000000             | Một triệu đồng
			1000050             | Một triệu không trăm năm mươi đồng
			1000105             | Một triệu một trăm linh năm đồng
			1001000             | Một triệu không trăm linh một nghìn đồng
			1500000             | Một triệu năm trăm nghìn đồng
			2025000             | Hai triệu không trăm hai mươi lăm nghìn đồng
			20000000            | Hai mươi triệu đồng
			25000000            | Hai mươi lăm triệu đồng
			1000000000          | Một tỷ đồng
			1000000001          | Một tỷ không trăm linh một đồng
			1200000000          | Một tỷ hai trăm triệu đồng
			10847331843         | Mười tỷ tám trăm bốn mươi bảy triệu ba trăm ba mươi mốt nghìn tám trăm bốn mươi ba đồng
			1000000000000       | Một nghìn tỷ đồng
			2500000000000       | Hai nghìn năm trăm tỷ đồng
			1000000000050       | Một nghìn tỷ không trăm năm mươi đồng
			1000000000000000    | Một triệu tỷ đồng
			1000000000000000000 | Một tỷ tỷ đồng
			""")
	void readsAmountsTheWayReceiptsDo(long amount, String words) {
		assertThat(AmountInWords.of(amount)).isEqualTo(words);
	}

	@Test
	void readsTheLargestLong() {
		assertThat(AmountInWords.of(Long.MAX_VALUE)).isEqualTo("Chín tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai "
				+ "nghìn không trăm ba mươi sáu tỷ tám trăm năm mươi bốn triệu bảy trăm bảy mươi lăm nghìn tám trăm linh "
				+ "bảy đồng");
	}

	@Test
	void neverLeavesDoubleSpacesOrAZeroWordAlone() {
		for (long n = 1; n < 2_100_000; n += 997) {
			String words = AmountInWords.of(n);
			assertThat(words).doesNotContain("  ").endsWith(" đồng").doesNotStartWith("Không");
			assertThat(words).doesNotContain("không đồng").doesNotContain("mươi một").doesNotContain("mười năm");
		}
	}

	@Test
	void refusesNegativeAmounts() {
		assertThatThrownBy(() -> AmountInWords.of(-1)).isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).problems())
				.singleElement()
				.satisfies(p -> assertThat(p.code()).isEqualTo("error.amount.negative")));
	}

}
