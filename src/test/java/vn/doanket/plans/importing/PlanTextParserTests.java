package vn.doanket.plans.importing;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import vn.doanket.plans.ActivityKind;
import vn.doanket.plans.Timeframe;
import vn.doanket.plans.importing.ProposedItem.ItemLine;
import vn.doanket.plans.importing.ProposedSection.Kind;
import vn.doanket.plans.importing.Recipient.Purpose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The parser on the real 2023 plan of the Kon Tum province Front. */
class PlanTextParserTests {

	private final ProposedPlan plan = PlanFixture.seedPlan();

	@Test
	void readsTheHeadingAndTheCampaignYear() {
		assertThat(plan.header().documentType()).isEqualTo("KẾ HOẠCH");
		assertThat(plan.header().summary()).containsExactly("Triển khai thực hiện Cuộc vận động",
				"“Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”", "Năm 2023");
		assertThat(plan.header().campaignYear()).isEqualTo(2023);
		assertThat(plan.year()).isEqualTo(2023);
		assertThat(plan.header().needsReview()).isFalse();
	}

	@Test
	void findsBothLegalBasesWithTheirNumbersAndDates() {
		assertThat(plan.legalBases()).extracting(LegalBasis::documentNumber, LegalBasis::date, LegalBasis::documentKind)
			.containsExactly(tuple("12/Ctr-MTTQ-BTT", LocalDate.of(2022, 12, 29), "Chương trình công tác"),
					tuple("163/KH-MTTQ-BTT", LocalDate.of(2021, 2, 8), "Kế hoạch"));
		assertThat(plan.legalBases().get(0).issuer()).isEqualTo("Ban Thường trực Uỷ ban MTTQ Việt Nam tỉnh Kon Tum");
		assertThat(plan.legalBases().get(1).issuer()).isEqualTo("Ban Thường trực Uỷ ban MTTQ Việt Nam tỉnh");
		assertThat(plan.legalBases().get(1).title()).startsWith("tiếp tục triển khai Cuộc vận động")
			.endsWith("giai đoạn 2021-2025");
		assertThat(plan.introduction()).singleElement().asString().endsWith("năm 2023 như sau:");
	}

	@Test
	void findsTheFourSectionsEvenWithoutASpaceAfterTheNumeral() {
		assertThat(plan.sections()).extracting(ProposedSection::label, ProposedSection::title, ProposedSection::kind)
			.containsExactly(tuple("I", "MỤC ĐÍCH - YÊU CẦU.", Kind.PURPOSE),
					tuple("II", "NỘI DUNG THỰC HIỆN.", Kind.CONTENTS),
					tuple("III", "KINH PHÍ THỰC HIỆN CUỘC VẬN ĐỘNG.", Kind.FUNDING),
					tuple("IV", "TỔ CHỨC THỰC HIỆN.", Kind.ORGANISATION));
		assertThat(plan.section(Kind.FUNDING).text()).hasSize(2).allMatch(line -> line.startsWith("Nguồn"));
	}

	@Test
	void sectionTwoHasTheFiveContentItemsAndTheirSubItems() {
		ProposedSection contents = plan.section(Kind.CONTENTS);

		assertThat(contents.items()).extracting(ProposedItem::label).containsExactly("1", "2", "3", "4", "5");
		assertThat(contents.items().get(1).subItems()).extracting(ProposedItem::label).containsExactly("2.1", "2.2");
		assertThat(contents.items().get(3).subItems()).extracting(ProposedItem::label).containsExactly("4.1", "4.2");
		assertThat(contents.items()).filteredOn(item -> !List.of("2", "4").contains(item.label()))
			.allMatch(item -> item.subItems().isEmpty());
	}

	@Test
	void readsContentFormAndNormalisedTimeframes() {
		ProposedSection contents = plan.section(Kind.CONTENTS);
		ProposedItem propaganda = contents.item("1");

		assertThat(propaganda.content()).startsWith("Tuyên truyền, vận động cán bộ, đảng viên");
		assertThat(propaganda.form()).startsWith("Tổ chức tuyên truyền trực tiếp");
		assertThat(propaganda.lines()).extracting(ItemLine::kind)
			.containsExactly(ItemLine.Kind.CONTENT, ItemLine.Kind.FORM, ItemLine.Kind.TIMEFRAME);
		assertThat(propaganda.timeframe()).isEqualTo(Timeframe.ongoing("Thường xuyên"));
		assertThat(contents.item("2.1").timeframe())
			.isEqualTo(Timeframe.deadline(LocalDate.of(2023, 3, 31), "dự kiến cuối Quý I/2023"));
		assertThat(contents.item("2.1").content()).startsWith("5 nội dung Cuộc vận động");
		assertThat(contents.item("2.2").timeframe())
			.isEqualTo(Timeframe.range(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), "Trong năm 2023"));
		assertThat(contents.item("4.1").timeframe())
			.isEqualTo(Timeframe.range(LocalDate.of(2023, 7, 1), LocalDate.of(2023, 12, 31), "quý III-IV/2023"));
	}

	@Test
	void guessesActivityKindsAndCampaignContents() {
		ProposedSection contents = plan.section(Kind.CONTENTS);

		assertThat(contents.items()).extracting(ProposedItem::activityKind)
			.containsExactly(ActivityKind.PROPAGANDA, ActivityKind.TRAINING, ActivityKind.COMMUNITY_MODELS,
					ActivityKind.UNITY_DAY, ActivityKind.OTHER);
		assertThat(contents.item("2.2").activityKind()).isEqualTo(ActivityKind.STUDY_TOUR);
		assertThat(contents.item("4.2").activityKind()).isEqualTo(ActivityKind.OTHER_FESTIVAL);
		assertThat(contents.item("1").campaignContents()).containsExactly(1, 2, 3, 4, 5);
		assertThat(contents.item("4.2").campaignContents()).contains(4);
		assertThat(plan.section(Kind.PURPOSE).items()).allMatch(item -> item.activityKind() == null);
	}

	@Test
	void flagsOnlyTheItemWithoutATimeframe() {
		ProposedSection contents = plan.section(Kind.CONTENTS);

		assertThat(contents.items()).filteredOn(ProposedItem::needsReview)
			.extracting(ProposedItem::label)
			.containsExactly("5");
		assertThat(contents.needsReview()).isFalse();
		assertThat(plan.needsReview()).isTrue();
	}

	@Test
	void sectionFourHasThreeResponsibleGroups() {
		ProposedSection organisation = plan.section(Kind.ORGANISATION);

		assertThat(organisation.items()).isEmpty();
		assertThat(organisation.responsibleParties())
			.extracting(ResponsibleParty::name, ResponsibleParty::kind)
			.containsExactly(tuple("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", ResponsibleParty.Kind.THIS_COMMITTEE),
					tuple("Ban Thường trực Ủy ban MTTQ các huyện, thành phố", ResponsibleParty.Kind.LOWER_COMMITTEES),
					tuple("các tổ chức thành viên của Mặt trận", ResponsibleParty.Kind.MEMBER_ORGANISATIONS));
		assertThat(organisation.responsibleParties()).allMatch(party -> party.tasks().size() == 3);
		assertThat(organisation.responsibleParties().get(1).tasks().get(2)).startsWith("Căn cứ tình hình thực tế");
	}

	@Test
	void keepsTheClosingSentence() {
		assertThat(plan.closing()).singleElement().asString().startsWith("Trên đây là Kế hoạch");
		assertThat(plan.signature()).isNull();
	}

	@Test
	void readsTheEightRecipientsWithTheirPurposes() {
		assertThat(plan.recipients()).extracting(Recipient::name, Recipient::purpose)
			.containsExactly(tuple("BTTUBTWMTTQVN", Purpose.B_C), tuple("TT Tỉnh ủy", Purpose.B_C),
					tuple("TT HĐND, UBND tỉnh", Purpose.NONE), tuple("Chủ tịch, các PCT MTTQ tỉnh", Purpose.NONE),
					tuple("Các Sở, Ban, ngành của tỉnh", Purpose.NONE),
					tuple("Các đoàn thể chính trị - xã hội", Purpose.P_H),
					tuple("BTT UBMTTQVN các huyện, thành phố", Purpose.T_H), tuple("VP, BPT", Purpose.LUU));
		assertThat(plan.recipients().get(0).text()).isEqualTo("BTTUBTWMTTQVN (B/c);");
	}

	@Test
	void keepsEveryLine() {
		ProposalTexts.assertKeepsEveryLine(PlanFixture.seedText(), plan);
	}

	@Test
	void survivesAJsonRoundTrip() {
		JsonMapper json = JsonMapper.builder().build();

		String written = json.writeValueAsString(plan);

		assertThat(written).contains("\"documentNumber\":\"163/KH-MTTQ-BTT\"", "\"end\":\"2023-03-31\"");
		assertThat(json.readValue(written, ProposedPlan.class)).isEqualTo(plan);
	}

}
