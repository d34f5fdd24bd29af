package vn.doanket.fund;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceCodesTests {

	private static final String CODE = new ReferenceCodes(new SplittableRandom(42)).next();

	@Test
	void codesUseTheUnambiguousAlphabetAndFitAVietQrPurpose() {
		ReferenceCodes codes = new ReferenceCodes();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			String code = codes.next();
			assertThat(code).matches("DK[0-9A-HJKMNP-TV-Z]{10}").hasSize(12);
			assertThat(ReferenceCodes.isValid(code)).isTrue();
			assertThat(new VietQrPayload("970436", "1", null, code + " UNG HO").purpose()).startsWith(code);
			seen.add(code);
		}
		assertThat(seen).hasSize(10_000);
	}

	@Test
	void theCheckCharacterCatchesEverySingleTypoAndNeighbourSwap() {
		for (int i = 2; i < CODE.length(); i++) {
			for (char c : ReferenceCodes.ALPHABET.toCharArray()) {
				if (c != CODE.charAt(i)) {
					String typo = CODE.substring(0, i) + c + CODE.substring(i + 1);
					assertThat(ReferenceCodes.isValid(typo)).as(typo).isFalse();
				}
			}
		}
		int caught = 0;
		int swaps = 0;
		for (int i = 2; i < CODE.length() - 1; i++) {
			if (CODE.charAt(i) != CODE.charAt(i + 1)) {
				swaps++;
				String swapped = CODE.substring(0, i) + CODE.charAt(i + 1) + CODE.charAt(i) + CODE.substring(i + 2);
				caught += ReferenceCodes.isValid(swapped) ? 0 : 1;
			}
		}
		assertThat(caught).isGreaterThanOrEqualTo(swaps - 1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "%s", "%s UNG HO BAO LU", "ung ho %s", "MBVCB.6978255887.%s NGUYEN VAN A chuyen tien.CT tu",
			"020097042209090603212024W4W1755184.257 50.060321.%s" })
	void findsTheCodeInABankDescription(String description) {
		assertThat(ReferenceCodes.find(description.formatted(CODE))).contains(CODE);
		assertThat(ReferenceCodes.find(description.formatted(CODE.toLowerCase()))).contains(CODE);
	}

	@Test
	void seesThroughMangledSpacesDotsAndLookAlikeLetters() {
		String mangled = CODE.substring(0, 5) + " " + CODE.substring(5, 9) + "." + CODE.substring(9);
		assertThat(ReferenceCodes.find("ung ho " + mangled + " chuyen tien")).contains(CODE);
		assertThat(ReferenceCodes.find("D K" + CODE.substring(2))).contains(CODE);

		String code = "DK000000001" + ReferenceCodes.ALPHABET.charAt(checkOf("DK000000001"));
		String typed = "DK" + code.substring(2).replace('0', 'O').replace('1', 'l');
		assertThat(ReferenceCodes.find("ck " + typed)).contains(code);
	}

	@Test
	void ignoresCodesThatDoNotStartAWordOrAreWrong() {
		assertThat(ReferenceCodes.find("A" + CODE)).isEmpty();
		assertThat(ReferenceCodes.find(CODE.substring(0, 11))).isEmpty();
		assertThat(ReferenceCodes.find(CODE.substring(0, 11) + "|" + CODE.substring(11))).isEmpty();
		assertThat(ReferenceCodes.find(null)).isEmpty();
		assertThat(ReferenceCodes.find("DK CHUYEN TIEN UNG HO")).isEmpty();
	}

	@Test
	void findsNothingInFourThousandRealDescriptions() throws IOException {
		for (String file : List.of("vcb-0011001932418-sample.csv", "agribank-1500201113838-sample.csv")) {
			try (InputStream in = getClass().getResourceAsStream("/statements/" + file)) {
				String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				text.lines().forEach(line -> assertThat(ReferenceCodes.find(line)).as(line).isEmpty());
			}
		}
	}

	private static int checkOf(String payload) {
		for (int c = 0; c < 32; c++) {
			if (ReferenceCodes.isValid(payload + ReferenceCodes.ALPHABET.charAt(c))) {
				return c;
			}
		}
		throw new AssertionError("no check character for " + payload);
	}

}
