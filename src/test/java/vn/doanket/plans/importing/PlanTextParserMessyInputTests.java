package vn.doanket.plans.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import vn.doanket.plans.ActivityKind;
import vn.doanket.plans.Timeframe;
import vn.doanket.plans.importing.ProposedItem.ItemLine;
import vn.doanket.plans.importing.ProposedSection.Kind;
import vn.doanket.plans.importing.Recipient.Purpose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The parser on inputs that are not clean plans: flattened, cut, garbled, empty. */
class PlanTextParserMessyInputTests {

	@Test
	void readsAHeaderFlattenedOntoOneLine() {
		ProposedPlan plan = PlanTextParser.parse(PlanFixture.flattenedHeader());
		PlanHeader header = plan.header();

		assertThat(header.parentBody()).isEqualTo("ỦY BAN MTTQ VIỆT NAM TỈNH KON TUM");
		assertThat(header.issuingBody()).isEqualTo("BAN THƯỜNG TRỰC");
		assertThat(header.documentNumber()).isEqualTo("163/KH-MTTQ-BTT");
		assertThat(header.place()).isEqualTo("Kon Tum");
		assertThat(header.issuedOn()).isEqualTo(LocalDate.of(2021, 2, 8));
		assertThat(header.documentType()).isEqualTo("KẾ HOẠCH");
		assertThat(header.title()).startsWith("Tiếp tục triển khai Cuộc vận động").endsWith("giai đoạn 2021-2025");
		assertThat(header.unplaced()).isEmpty();
		assertThat(plan.year()).isEqualTo(2021);
		ProposalTexts.assertKeepsEveryLine(PlanFixture.flattenedHeader(), plan);
	}

	@Test
	void readsANumberWrittenWithoutSlashAfterTheNumber() {
		ProposedPlan plan = PlanTextParser.parse(PlanFixture.flattenedHeader());

		assertThat(plan.legalBases()).singleElement().satisfies(basis -> {
			assertThat(basis.documentNumber()).isEqualTo("156 KH/ĐTN");
			assertThat(basis.date()).isEqualTo(LocalDate.of(2021, 3, 10));
			assertThat(basis.issuer()).isEqualTo("Ban Thường vụ Tỉnh đoàn");
			assertThat(basis.title()).isEqualTo("phối hợp tổ chức các hoạt động tình nguyện");
		});
		assertThat(PlanTextParser.parse("ĐOÀN TNCS HỒ CHÍ MINH\nSố: 156 KH/ĐTN\nKẾ HOẠCH\nTình nguyện hè")
			.header()
			.documentNumber()).isEqualTo("156 KH/ĐTN");
	}

	@Test
	void readsDashBulletsAndBracketedTimeframes() {
		ProposedSection contents = PlanTextParser.parse(PlanFixture.flattenedHeader()).section(Kind.CONTENTS);

		ProposedItem unityDay = contents.item("1");
		assertThat(unityDay.content()).isEqualTo("Tổ chức phần lễ và phần hội tại khu dân cư.");
		assertThat(unityDay.form()).isEqualTo("Trực tiếp");
		assertThat(unityDay.timeframe()).isEqualTo(
				Timeframe.range(LocalDate.of(2010, 8, 1), LocalDate.of(2010, 8, 31), "tháng 8 năm 2010"));
		assertThat(unityDay.activityKind()).isEqualTo(ActivityKind.UNITY_DAY);
		ProposedItem environment = contents.item("2");
		assertThat(environment.timeframe().start()).isEqualTo(LocalDate.of(2021, 4, 1));
		assertThat(environment.lines()).extracting(ItemLine::kind, ItemLine::text)
			.containsExactly(tuple(ItemLine.Kind.TIMEFRAME, "Thời gian thực hiện: Quý II/2021"),
					tuple(ItemLine.Kind.DETAIL, "Tổ chức ra quân làm sạch đường làng, ngõ xóm."));
		assertThat(environment.campaignContents()).containsExactly(3);
		assertThat(environment.activityKind()).isEqualTo(ActivityKind.PROPAGANDA);
	}

	@Test
	void readsAPlanWithOnlyArabicHeadings() {
		String text = """
				KẾ HOẠCH
				Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023
				1. Mục đích, yêu cầu
				- Phát huy truyền thống đoàn kết của cộng đồng dân cư.
				2. Nội dung
				2.1. Tuyên truyền về Ngày hội trên loa truyền thanh thôn
				- Thời gian: tháng 10-11/2023
				2.2. Tổ chức Ngày hội tại khu dân cư
				- Thời gian: từ ngày 01/11 đến ngày 18/11/2023
				3. Tổ chức thực hiện
				3.1. Ban Công tác Mặt trận các khu dân cư:
				- Xây dựng kế hoạch chi tiết, dự trù kinh phí.
				""";

		ProposedPlan plan = PlanTextParser.parse(text);

		assertThat(plan.sections()).extracting(ProposedSection::label, ProposedSection::kind)
			.containsExactly(tuple("1", Kind.PURPOSE), tuple("2", Kind.CONTENTS), tuple("3", Kind.ORGANISATION));
		ProposedSection contents = plan.section(Kind.CONTENTS);
		assertThat(contents.items()).extracting(ProposedItem::label).containsExactly("2.1", "2.2");
		assertThat(contents.item("2.1").timeframe().end()).isEqualTo(LocalDate.of(2023, 11, 30));
		assertThat(contents.item("2.2").timeframe())
			.extracting(Timeframe::start, Timeframe::end)
			.containsExactly(LocalDate.of(2023, 11, 1), LocalDate.of(2023, 11, 18));
		assertThat(plan.section(Kind.ORGANISATION).responsibleParties()).singleElement()
			.extracting(ResponsibleParty::kind)
			.isEqualTo(ResponsibleParty.Kind.LOWER_COMMITTEES);
		assertThat(plan.needsReview()).isFalse();
		ProposalTexts.assertKeepsEveryLine(text, plan);
	}

	@Test
	void putsNumberedItemsWithoutSectionsInOneSectionToReview() {
		String text = "1. Tuyên truyền trên loa truyền thanh\n- Thời gian: Thường xuyên\n2. Tập huấn cán bộ\n- Thời gian: Quý I/2024";

		ProposedPlan plan = PlanTextParser.parse(text);

		assertThat(plan.sections()).singleElement().satisfies(section -> {
			assertThat(section.label()).isNull();
			assertThat(section.needsReview()).isTrue();
			assertThat(section.items()).extracting(ProposedItem::activityKind)
				.containsExactly(ActivityKind.PROPAGANDA, ActivityKind.TRAINING);
		});
		assertThat(plan.needsReview()).isTrue();
	}

	@Test
	void readsTheSignatureBlockAndKeepsLooseTextInTheNearestSection() {
		String text = """
				II. NỘI DUNG
				Đoạn văn không thuộc mục nào.
				1. Tổ chức hội nghị sơ kết
				- Thời gian: cuối tháng 12/2023
				TM. BAN THƯỜNG TRỰC
				KT. CHỦ TỊCH
				PHÓ CHỦ TỊCH
				(Đã ký)
				Nguyễn Văn An
				Nơi nhận:
				- Như trên;
				- Lưu: VT.
				Một đoạn rất dài bị lạc xuống cuối văn bản sau phần nơi nhận, không phải là nơi nhận, cũng không phải chữ ký của người có thẩm quyền.
				""";

		ProposedPlan plan = PlanTextParser.parse(text);

		assertThat(plan.signature().authority()).containsExactly("TM. BAN THƯỜNG TRỰC", "KT. CHỦ TỊCH");
		assertThat(plan.signature().position()).isEqualTo("PHÓ CHỦ TỊCH");
		assertThat(plan.signature().name()).isEqualTo("Nguyễn Văn An");
		assertThat(plan.signature().otherLines()).containsExactly("(Đã ký)");
		assertThat(plan.recipients()).extracting(Recipient::purpose).containsExactly(Purpose.NONE, Purpose.LUU);
		ProposedSection contents = plan.section(Kind.CONTENTS);
		assertThat(contents.text()).hasSize(2).first().isEqualTo("Đoạn văn không thuộc mục nào.");
		assertThat(contents.needsReview()).isTrue();
		assertThat(contents.item("1").timeframe().kind()).isEqualTo(Timeframe.Kind.DEADLINE);
		assertThat(contents.item("1").activityKind()).isEqualTo(ActivityKind.REVIEW_COMMENDATION);
		ProposalTexts.assertKeepsEveryLine(text, plan);
	}

	@Test
	void survivesTextCutOffAnywhere() {
		String seed = PlanFixture.seedText();
		for (int cut = 0; cut <= seed.length(); cut += 37) {
			String text = seed.substring(0, cut);
			ProposedPlan plan = PlanTextParser.parse(text);
			ProposalTexts.assertKeepsEveryLine(text, plan);
		}
		String midSentence = seed.substring(0, seed.indexOf("kỹ năng triển khai"));
		ProposedPlan plan = PlanTextParser.parse(midSentence);
		assertThat(plan.section(Kind.CONTENTS).item("2.1").content()).endsWith("công tác phối hợp,");
		assertThat(plan.recipients()).isEmpty();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "\n\n\t\n", "\uFEFF" })
	void givesAnEmptyProposalForNoText(String text) {
		ProposedPlan plan = PlanTextParser.parse(text);

		assertThat(plan.sections()).isEmpty();
		assertThat(plan.header().sourceLines()).isEmpty();
		assertThat(plan.recipients()).isEmpty();
		assertThat(plan.needsReview()).isTrue();
	}

	@Test
	void neverThrowsOnGarbageAndKeepsItAllForReview() {
		Random random = new Random(20231118);
		String alphabet = "IVX0123456789.:/-–+()ạđĐệƯ \t\n\r\u0000\u000B\u2028\uFFFD\u00A0aZ“”;,";
		JsonMapper json = JsonMapper.builder().build();
		for (int round = 0; round < 300; round++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(400);
			for (int i = 0; i < length; i++) {
				text.append(random.nextInt(5) == 0 ? (char) random.nextInt(0xD000)
						: alphabet.charAt(random.nextInt(alphabet.length())));
			}
			ProposedPlan plan = PlanTextParser.parse(text.toString());
			ProposalTexts.assertKeepsEveryLine(text.toString(), plan);
			assertThat(json.writeValueAsString(plan)).isNotEmpty();
		}
	}

	@Test
	void neverThrowsOnPiecesOfPlanSyntaxPutTogetherAtRandom() {
		String[] pieces = { "I.", "IV. ", "1.", "2.1.", "2.1.3 ", "a) ", "- ", "– ", "+ ", "Nơi nhận:", "TM. ", "KT. ",
				"CHỦ TỊCH", "Số: ", "12 /", "156 KH/ĐTN", "KẾ HOẠCH", "Căn cứ ", "Thực hiện ", "của ", "về việc ", "(",
				")", "ngày 31/02/2023", "ngày 29 tháng 12 năm 2022", "Quý I", "-IV/", "tháng ", "2023", ":", "Thời gian: ",
				"Nội dung:", "Trên đây là ", "(B/c)", "Lưu", "Nguyễn Văn An", "như sau:", "\n", "\n", "\n", " ", "x" };
		Random random = new Random(18112003);
		for (int round = 0; round < 500; round++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(60); i > 0; i--) {
				text.append(pieces[random.nextInt(pieces.length)]);
			}
			ProposalTexts.assertKeepsEveryLine(text.toString(), PlanTextParser.parse(text.toString()));
		}
	}

	@Test
	void neverThrowsOnShuffledLinesOfARealPlan() {
		List<String> lines = new ArrayList<>(PlanFixture.seedText().lines().toList());
		Random random = new Random(7);
		for (int round = 0; round < 50; round++) {
			Collections.shuffle(lines, random);
			String text = String.join("\n", lines);
			ProposalTexts.assertKeepsEveryLine(text, PlanTextParser.parse(text));
		}
	}

	@Test
	void flagsAHeaderItCannotRead() {
		ProposedPlan plan = PlanTextParser.parse("Danh sách khách mời dự tiệc cuối năm\nông Nguyễn Văn B");

		assertThat(plan.header().unplaced()).containsExactly("Danh sách khách mời dự tiệc cuối năm",
				"ông Nguyễn Văn B");
		assertThat(plan.header().needsReview()).isTrue();
		assertThat(plan.needsReview()).isTrue();
	}

}
