package vn.doanket.reporting;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ValueParserTests {

	@Test
	void readsWholeNumbersAndMoneyWithThousandsSeparators() {
		assertThat(ValueParser.parse(ValueType.INTEGER, "1250").number()).isEqualByComparingTo("1250");
		assertThat(ValueParser.parse(ValueType.INTEGER, "1.250").number()).isEqualByComparingTo("1250");
		assertThat(ValueParser.parse(ValueType.MONEY, "1.500.000 đ").number()).isEqualByComparingTo("1500000");
		assertThat(ValueParser.parse(ValueType.MONEY, "1,500,000").number()).isEqualByComparingTo("1500000");
	}

	@Test
	void refusesMalformedNegativeAndFractionalWholeNumbers() {
		assertThat(ValueParser.parse(ValueType.INTEGER, "12a").problem()).isEqualTo("error.report.value.integer");
		assertThat(ValueParser.parse(ValueType.INTEGER, "1.5").problem()).isEqualTo("error.report.value.integer");
		assertThat(ValueParser.parse(ValueType.INTEGER, "-3").problem()).isEqualTo("error.report.value.negative");
		assertThat(ValueParser.parse(ValueType.MONEY, "12,50").problem()).isEqualTo("error.report.value.money");
		assertThat(ValueParser.parse(ValueType.MONEY, "99999999999999999999").problem()).isEqualTo("error.report.value.tooLarge");
	}

	@Test
	void readsDecimalsWithCommaOrPointAndKeepsPercentagesBetweenZeroAndHundred() {
		assertThat(ValueParser.parse(ValueType.DECIMAL, "12,5").number()).isEqualByComparingTo("12.5");
		assertThat(ValueParser.parse(ValueType.PERCENT, "86.87%").number()).isEqualByComparingTo("86.87");
		assertThat(ValueParser.parse(ValueType.PERCENT, "100").ok()).isTrue();
		assertThat(ValueParser.parse(ValueType.PERCENT, "100,01").problem()).isEqualTo("error.report.value.percent");
		assertThat(ValueParser.parse(ValueType.PERCENT, "1.2.3").problem()).isEqualTo("error.report.value.decimal");
		assertThat(ValueParser.parse(ValueType.DECIMAL, "0,123456").problem()).isEqualTo("error.report.value.decimals");
	}

	@Test
	void readsYesNoInVietnameseAndEnglish() {
		assertThat(ValueParser.parse(ValueType.YES_NO, "Có").number()).isEqualByComparingTo(BigDecimal.ONE);
		assertThat(ValueParser.parse(ValueType.YES_NO, "không").number()).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat(ValueParser.parse(ValueType.YES_NO, "x").number()).isEqualByComparingTo(BigDecimal.ONE);
		assertThat(ValueParser.parse(ValueType.YES_NO, "có lẽ").problem()).isEqualTo("error.report.value.yesNo");
	}

	@Test
	void blankIsNoValueAndTextIsKept() {
		assertThat(ValueParser.parse(ValueType.INTEGER, "  ").empty()).isTrue();
		assertThat(ValueParser.parse(ValueType.TEXT, " Đề nghị hỗ trợ ").text()).isEqualTo("Đề nghị hỗ trợ");
		assertThat(ValueParser.parse(ValueType.TEXT, "x".repeat(2001)).problem()).isEqualTo("error.report.value.tooLong");
	}

	@Test
	void formatsStoredNumbersPlainly() {
		assertThat(ValueParser.format(ValueType.MONEY, new BigDecimal("1500000.0000"), null)).isEqualTo("1500000");
		assertThat(ValueParser.format(ValueType.PERCENT, new BigDecimal("86.8700"), null)).isEqualTo("86.87");
	}

}
