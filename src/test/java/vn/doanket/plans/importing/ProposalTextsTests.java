package vn.doanket.plans.importing;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProposalTextsTests {

	@Test
	void collectsTheTextsOfNestedRecordsAndLists() {
		Recipient recipient = new Recipient("TT Tỉnh ủy (B/c);", "TT Tỉnh ủy", Recipient.Purpose.B_C);

		assertThat(ProposalTexts.all(List.of(recipient, "x"))).containsExactly("TT Tỉnh ủy (B/c);", "TT Tỉnh ủy", "x");
	}

	@Test
	void failsWhenALineIsMissingFromTheProposal() {
		String text = "- Nội dung: tuyên truyền\n- Một dòng bị mất";
		ProposedPlan plan = PlanTextParser.parse("- Nội dung: tuyên truyền");

		ProposalTexts.assertKeepsEveryLine("- Nội dung: tuyên truyền", plan);
		assertThatThrownBy(() -> ProposalTexts.assertKeepsEveryLine(text, plan)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("Một dòng bị mất");
	}

}
