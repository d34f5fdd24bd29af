package vn.doanket.fund;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTermsTests {

	@Test
	void amountsDatesAndTextAreTellApart() {
		assertThat(SearchTerms.classify("1.500.000")).isEqualTo(new SearchTerms.Term(SearchTerms.Kind.AMOUNT, 1_500_000L));
		assertThat(SearchTerms.classify("500,000")).isEqualTo(new SearchTerms.Term(SearchTerms.Kind.AMOUNT, 500_000L));
		assertThat(SearchTerms.classify("200000d")).isEqualTo(new SearchTerms.Term(SearchTerms.Kind.AMOUNT, 200_000L));
		assertThat(SearchTerms.classify("17/10/2023"))
			.isEqualTo(new SearchTerms.Term(SearchTerms.Kind.DATE, LocalDate.of(2023, 10, 17)));
		assertThat(SearchTerms.classify("2023-10-17"))
			.isEqualTo(new SearchTerms.Term(SearchTerms.Kind.DATE, LocalDate.of(2023, 10, 17)));
		assertThat(SearchTerms.classify("31/02/2023").kind()).isEqualTo(SearchTerms.Kind.TEXT);
		assertThat(SearchTerms.classify("anh").kind()).isEqualTo(SearchTerms.Kind.TEXT);
		assertThat(SearchTerms.classify("dkf1887d3f9e").kind()).isEqualTo(SearchTerms.Kind.TEXT);
		assertThat(SearchTerms.classify("14a").kind()).isEqualTo(SearchTerms.Kind.TEXT);
	}

	@Test
	void csvCellsFollowTheQuotingRules() {
		assertThat(CsvRecords.parse("a,\"b,c\",\"say \"\"hi\"\"\",", ',')).containsExactly("a", "b,c", "say \"hi\"", "");
		assertThat(CsvRecords.parse("", ',')).containsExactly("");
		assertThat(CsvRecords.parse("a\"b,c", ',')).containsExactly("a\"b", "c");
		assertThat(CsvRecords.parse("\"open,b", ',')).isNull();
		assertThat(CsvRecords.parse("\"closed\"x,b", ',')).isNull();
		assertThat(CsvRecords.parse("\"line\nbreak\";2", ';')).containsExactly("line\nbreak", "2");
	}

	@Test
	void fingerprintFoldingKeepsLettersAndDigitsWithoutAccents() {
		assertThat(LineFingerprints.folded("Đắk Glei, thôn 14A!")).isEqualTo("dakgleithon14a");
		assertThat(LineFingerprints.folded("NGUYỄN THỊ ÁNH ủng hộ")).isEqualTo("nguyenthianhungho");
	}

}
