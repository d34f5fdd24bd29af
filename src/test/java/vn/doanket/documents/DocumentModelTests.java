package vn.doanket.documents;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.doanket.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DocumentModelTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "2021-02-08, ngày 08 tháng 02 năm 2021", "2023-01-01, ngày 01 tháng 01 năm 2023",
			"2023-03-05, ngày 05 tháng 3 năm 2023", "2023-09-09, ngày 09 tháng 9 năm 2023",
			"2022-12-29, ngày 29 tháng 12 năm 2022", "2023-11-18, ngày 18 tháng 11 năm 2023",
			"2023-10-10, ngày 10 tháng 10 năm 2023" })
	void datesPadDaysBelowTenAndOnlyJanuaryAndFebruary(LocalDate date, String written) {
		assertThat(VietnameseDates.format(date)).isEqualTo(written);
	}

	@Test
	void placeAndDate() {
		assertThat(VietnameseDates.placeAndDate("Kon Tum", LocalDate.of(2021, 2, 8)))
			.isEqualTo("Kon Tum, ngày 08 tháng 02 năm 2021");
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "163/KH-MTTQ-BTT, Số: 163/KH-MTTQ-BTT", "5/BC-MTTQ-BTT, Số: 05/BC-MTTQ-BTT",
			"05/BC-MTTQ-BTT, Số: 05/BC-MTTQ-BTT", "' 12 / QĐ-MTTQ ', Số: 12/QĐ-MTTQ", "10/CTr-MTTQ-BTT, Số: 10/CTr-MTTQ-BTT" })
	void documentNumbersGetALeadingZeroBelowTen(String text, String line) {
		assertThat(DocumentNumber.parse(text).line()).isEqualTo(line);
	}

	@Test
	void aDraftLeavesRoomForTheNumber() {
		DocumentNumber draft = DocumentNumber.parse("/KH-MTTQ-BTT");

		assertThat(draft.number()).isNull();
		assertThat(draft).isEqualTo(DocumentNumber.unnumbered("KH-MTTQ-BTT"));
		assertThat(draft.text()).isEqualTo("\u00A0".repeat(6) + "/KH-MTTQ-BTT");
		assertThat(DocumentNumber.of(7, "TB-MTTQ").text()).isEqualTo("07/TB-MTTQ");
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "163", "KH-MTTQ-BTT", "0/KH-MTTQ", "163/", "163/KH MTTQ", "163/-KH", "abc/KH", "1234567/KH" })
	void rejectsWhatIsNotADocumentNumber(String text) {
		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class, () -> DocumentNumber.parse(text));

		assertThat(ex.problems()).singleElement().satisfies(p -> {
			assertThat(p.field()).isEqualTo("documentNumber");
			assertThat(p.code()).isEqualTo("error.document.number");
		});
	}

	@Test
	void aBlankDocumentNumberIsRequired() {
		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class, () -> DocumentNumber.parse(" "));

		assertThat(ex.problems()).singleElement().extracting("field", "code").containsExactly("documentNumber",
				"error.required");
	}

	@Test
	void distributionListsEachRecipientThenTheArchive() {
		Distribution distribution = new Distribution(List.of(new Recipient("TT Tỉnh ủy", Recipient.Purpose.REPORT),
				Recipient.of("TT HĐND, UBND tỉnh"), new Recipient("Các huyện", Recipient.Purpose.IMPLEMENT),
				new Recipient("Các đoàn thể", Recipient.Purpose.COORDINATE)), "VT, BPT.");

		assertThat(distribution.lines()).containsExactly("- TT Tỉnh ủy (B/c);", "- TT HĐND, UBND tỉnh;",
				"- Các huyện (T/h);", "- Các đoàn thể (P/h);", "- Lưu: VT, BPT.");
		assertThat(new Distribution(List.of(), "VT").lines()).containsExactly("- Lưu: VT.");
	}

	@Test
	void parentBodyBreaksAfterTheCountryUnlessToldOtherwise() {
		assertThat(letterhead("ỦY BAN MTTQ VIỆT NAM HUYỆN ĐẮK GLEI").parentBodyLines())
			.containsExactly("ỦY BAN MTTQ VIỆT NAM", "HUYỆN ĐẮK GLEI");
		assertThat(letterhead("ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC VIỆT NAM").parentBodyLines())
			.containsExactly("ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC VIỆT NAM");
		assertThat(letterhead("ỦY BAN MTTQ\nVIỆT NAM XÃ ĐẮK PEK").parentBodyLines()).containsExactly("ỦY BAN MTTQ",
				"VIỆT NAM XÃ ĐẮK PEK");
		assertThat(letterhead(null).parentBodyLines()).isEmpty();
	}

	@Test
	void textsAreKeptComposed() {
		String decomposed = Normalizer.normalize("Đắk Glei", Normalizer.Form.NFD);

		assertThat(decomposed).isNotEqualTo("Đắk Glei");
		assertThat(Block.Paragraph.of(decomposed).text()).isEqualTo("Đắk Glei");
		assertThat(Recipient.of(decomposed).name()).isEqualTo("Đắk Glei");
		assertThat(new Block.Bullet("- " + decomposed).display()).isEqualTo("- Đắk Glei");
	}

	@Test
	void incompleteDocumentsAreRefused() {
		OfficialDocument plan = DocumentFixture.seedPlan();

		assertThatThrownBy(() -> new OfficialDocument(plan.letterhead(), " ", List.of(), plan.body(), plan.signature(),
				plan.distribution())).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Block.Heading(4, "a)", "Điểm")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Block.Table(List.of("A", "B"), List.of(List.of("1"))))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Signature("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", ""))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static Letterhead letterhead(String parentBody) {
		return new Letterhead(parentBody, "BAN THƯỜNG TRỰC", DocumentNumber.of(1, "KH-MTTQ-BTT"), "Đắk Glei",
				LocalDate.of(2023, 1, 9));
	}

}
