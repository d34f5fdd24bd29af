package vn.doanket.fund;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublicTextTests {

	@Test
	void longNumbersAreBlottedOutHoweverTheyAreWritten() {
		assertThat(PublicText.scrub("SDT 0912345678 ung ho")).isEqualTo("SDT *** ung ho");
		assertThat(PublicText.scrub("goi 0912 345 678")).isEqualTo("goi ***");
		assertThat(PublicText.scrub("CCCD:062190001234.")).isEqualTo("CCCD:***.");
		assertThat(PublicText.scrub("STK0011001932418")).isEqualTo("STK***");
		assertThat(PublicText.scrub("so 0-9-1-2-3-4-5-6-7-8")).isEqualTo("so ***");
		assertThat(PublicText.scrub("ung ho 50k thon 3")).isEqualTo("ung ho 50k thon 3");
	}

	@Test
	void theScanBlotsOutExactlyWhatTheRegularExpressionFinds() {
		Pattern longNumber = Pattern.compile("\\d(?:[ .\\-/_,]{0,2}\\d){5,}");
		Pattern spaces = Pattern.compile("\\s+");
		String alphabet = "0123456789 .-/_,\t\naZđ";
		Random random = new Random(5);
		for (int i = 0; i < 20_000; i++) {
			String text = randomText(random, alphabet, 40);
			String expected = spaces.matcher(longNumber.matcher(text).replaceAll("***")).replaceAll(" ").trim();
			assertThat(PublicText.scrub(text)).as(text).isEqualTo(expected);
		}
	}

	@Test
	void runsOfWhitespaceBecomeOneSpaceAndSingleSpacesStay() {
		Pattern spaces = Pattern.compile("[ \\t\\n\\r\\f\\u000B]+");
		String alphabet = "  \t\n\r\f\u000Bab";
		Random random = new Random(7);
		for (int i = 0; i < 20_000; i++) {
			String text = randomText(random, alphabet, 12);
			assertThat(PublicText.collapseSpaces(text)).as(text).isEqualTo(spaces.matcher(text).replaceAll(" "));
		}
		String single = "MBVCB.123.NGUYEN VAN A chuyen tien";
		assertThat(PublicText.collapseSpaces(single)).isSameAs(single);
	}

	@Test
	void beneficiariesKeepTheirFamilyNameAndInitials() {
		assertThat(PublicText.beneficiary("Nguyễn Văn An", "Thôn Đắk Ung")).isEqualTo("Nguyễn V. A., Thôn Đắk Ung");
		assertThat(PublicText.beneficiary("Y Bình", null)).isEqualTo("Y B.");
		assertThat(PublicText.beneficiary("Đỗ Thị Ánh 0905111222", "Thôn 14A")).isEqualTo("Đỗ T. Á. *., Thôn 14A");
	}

	@Test
	void moneyIsShownWithDots() {
		assertThat(Money.format(1_500_000)).isEqualTo("1.500.000");
		assertThat(Money.format(-999)).isEqualTo("-999");
		assertThat(Money.format(0)).isEqualTo("0");
	}

	/** Up to {@code maxLength} characters drawn from the alphabet. */
	private static String randomText(Random random, String alphabet, int maxLength) {
		StringBuilder text = new StringBuilder();
		for (int k = random.nextInt(maxLength); k > 0; k--) {
			text.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return text.toString();
	}

}
