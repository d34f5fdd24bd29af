package vn.doanket.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Problem;

class VietQrTests {

	private static final String VIETCOMBANK = "970436";

	@Test
	void crcIsCcittFalse() {
		assertThat(Crc16.of("123456789")).isEqualTo(0x29B1);
		assertThat(Crc16.hex("")).isEqualTo("FFFF");
	}

	@Test
	void crcMatchesAPublishedVietQrCode() {
		String published = "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA5303704540612000"
				+ "05802VN62170813ung ho lu lut6304C15C";
		assertThat(Crc16.matches(published)).isTrue();
		assertThat(Crc16.matches(published.replace("120000", "120001"))).isFalse();
	}

	@Test
	void encodesADonationWithAmountAndReference() {
		VietQrPayload payload = VietQrPayload.builder()
			.bankBin(VIETCOMBANK)
			.accountNumber("0011001932418")
			.amount(500_000)
			.purpose("DK7F3K9QX2MA UNG HO")
			.build();

		assertThat(payload.text()).isEqualTo("000201010212" + "38570010A000000727"
				+ "0127000697043601130011001932418" + "0208QRIBFTTA" + "5303704" + "5406500000" + "5802VN"
				+ "62230819DK7F3K9QX2MA UNG HO" + "630490C5");
		assertFields(payload.text(), "12", "500000", "DK7F3K9QX2MA UNG HO");
	}

	@Test
	void staticCodeHasNoAmountAndNoAdditionalData() {
		String text = VietQrPayload.builder().bankBin("970405").accountNumber("1500201113838").build().text();

		List<Tlv> fields = Tlv.parse(text);
		assertThat(fields).extracting(Tlv::id).containsExactly("00", "01", "38", "53", "58", "63");
		assertThat(Tlv.find(fields, "01")).contains("11");
		assertThat(Crc16.matches(text)).isTrue();
	}

	@Test
	void pngDecodesBackToTheSamePayload() throws Exception {
		VietQrPayload payload = VietQrPayload.builder()
			.bankBin(VIETCOMBANK)
			.accountNumber("0011001932418")
			.amount(1_500_000)
			.purpose("DKABCDEFGHJ0")
			.build();
		byte[] png = VietQrImage.png(payload);

		assertThat(png).startsWith(0x89, 'P', 'N', 'G');
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(VietQrImage.DEFAULT_SIZE);
		assertThat(image.getRGB(2, 2)).as("quiet zone is white").isEqualTo(0xFFFFFFFF);

		String decoded = decode(png).getText();
		assertThat(decoded).isEqualTo(payload.text());
		assertFields(decoded, "12", "1500000", "DKABCDEFGHJ0");
	}

	@Test
	void pngOfTheLargestPayloadStillDecodesAtTheSmallestSize() throws Exception {
		VietQrPayload payload = new VietQrPayload(VIETCOMBANK, "1234567890123456789", VietQrPayload.AMOUNT_MAX,
				"ABCDEFGHIJKLMNOPQRSTUVWXY");
		assertThat(decode(VietQrImage.png(payload, 200)).getText()).isEqualTo(payload.text());
		assertThatThrownBy(() -> VietQrImage.png(payload, 50)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void refusesEveryInvalidFieldAtOnce() {
		assertThatThrownBy(() -> new VietQrPayload("97043", "001-100", 0L, "ủng hộ")).isInstanceOf(InvalidInputException.class)
			.extracting(ex -> ((InvalidInputException) ex).problems())
			.asInstanceOf(InstanceOfAssertFactories.list(Problem.class))
			.extracting(Problem::field, Problem::code)
			.containsExactly(tuple("bankBin", "error.vietqr.bankBin"), tuple("accountNumber", "error.vietqr.accountNumber"),
					tuple("amount", "error.vietqr.amount"), tuple("purpose", "error.vietqr.purpose"));
	}

	@Test
	void purposeIsAtMostTwentyFiveUpperCaseLettersDigitsAndSpaces() {
		assertThat(new VietQrPayload(VIETCOMBANK, "1", null, "A".repeat(25)).purpose()).hasSize(25);
		assertThat(new VietQrPayload(VIETCOMBANK, "1", null, "  ").purpose()).isNull();
		for (String bad : List.of("A".repeat(26), "ung ho", "DK-1", "NGUYỄN", "DK\n1")) {
			assertThatThrownBy(() -> new VietQrPayload(VIETCOMBANK, "1", null, bad)).as(bad)
				.isInstanceOf(InvalidInputException.class)
				.hasMessageContaining("purpose:error.vietqr.purpose");
		}
		assertThatThrownBy(() -> new VietQrPayload(VIETCOMBANK, "1", -5L, null))
			.hasMessageContaining("amount:error.vietqr.amount");
		assertThatThrownBy(() -> new VietQrPayload(VIETCOMBANK, "1", VietQrPayload.AMOUNT_MAX + 1, null))
			.hasMessageContaining("amount:error.vietqr.amount");
	}

	@Test
	void tlvReadsNestedTemplatesAndRefusesBrokenText() {
		List<Tlv> fields = Tlv.parse("00000202AB38120002020102XY");
		assertThat(fields).containsExactly(new Tlv("00", ""), new Tlv("02", "AB"), new Tlv("38", "0002020102XY"));
		assertThat(fields.get(2).children()).containsExactly(new Tlv("00", "02"), new Tlv("01", "XY"));

		for (String broken : List.of("", "0", "0005ABC", "0A01X", "00020")) {
			assertThatThrownBy(() -> Tlv.parse(broken)).as(broken)
				.isInstanceOf(InvalidInputException.class)
				.hasMessageContaining("qrPayload:error.vietqr.malformed");
		}
	}

	private static void assertFields(String text, String initiation, String amount, String purpose) {
		List<Tlv> fields = Tlv.parse(text);
		assertThat(fields).extracting(Tlv::id).containsExactly("00", "01", "38", "53", "54", "58", "62", "63");
		assertThat(Tlv.find(fields, "00")).contains("01");
		assertThat(Tlv.find(fields, "01")).contains(initiation);
		List<Tlv> merchant = fields.get(2).children();
		assertThat(merchant).extracting(Tlv::id).containsExactly("00", "01", "02");
		assertThat(Tlv.find(merchant, "00")).contains("A000000727");
		assertThat(merchant.get(1).children()).containsExactly(new Tlv("00", VIETCOMBANK), new Tlv("01", "0011001932418"));
		assertThat(Tlv.find(merchant, "02")).contains("QRIBFTTA");
		assertThat(Tlv.find(fields, "53")).contains("704");
		assertThat(Tlv.find(fields, "54")).contains(amount);
		assertThat(Tlv.find(fields, "58")).contains("VN");
		assertThat(fields.get(6).children()).containsExactly(new Tlv("08", purpose));
		String crc = Tlv.find(fields, "63").orElseThrow();
		assertThat(crc).matches("[0-9A-F]{4}").isEqualTo(Crc16.hex(text.substring(0, text.length() - 4)));
		assertThat(text).endsWith("6304" + crc);
	}

	private static Result decode(byte[] png) throws IOException, NotFoundException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
		Result result = new MultiFormatReader().decode(bitmap,
				Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE), DecodeHintType.PURE_BARCODE,
						Boolean.FALSE));
		assertThat(result.getBarcodeFormat()).isEqualTo(BarcodeFormat.QR_CODE);
		return result;
	}

}
