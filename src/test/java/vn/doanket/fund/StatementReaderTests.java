package vn.doanket.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import vn.doanket.fund.StatementMapping.Column;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Problem;

class StatementReaderTests {

	@Test
	void vcbPresetReadsTheWholeSample() throws IOException {
		StatementRead read = StatementReader.read(sample("vcb-0011001932418-sample.csv"), StatementMapping.VCB_2024);

		assertThat(read.lines()).hasSize(2000);
		assertThat(read.rejected()).isEmpty();
		assertThat(read.lines()).extracting(StatementLine::lineNumber).startsWith(2, 3, 4).endsWith(2001);

		StatementLine first = read.lines().get(0);
		assertThat(first.date()).isEqualTo(LocalDate.of(2024, 9, 1));
		assertThat(first.time()).isNull();
		assertThat(first.amount()).isEqualTo(50_000);
		assertThat(first.reference()).isEqualTo("5213.45946");
		assertThat(first.balance()).isNull();
		assertThat(first.description()).isEqualTo("292976.010924.013647.xin cam on");
		assertThat(first.rawText()).isEqualTo("1,01/09/2024,5213.45946,,50.000,,292976.010924.013647.xin cam on");

		StatementLine cao = line(read, 4);
		assertThat(cao.amount()).isEqualTo(29_000);
		assertThat(cao.reference()).isEqualTo("5241.83107");
		assertThat(SenderNames.guess(cao.description())).contains("CAO VIET TUAN");

		assertThat(line(read, 15).balance()).isEqualTo(10_847_331_843L);
		StatementLine smsFee = line(read, 141);
		assertThat(smsFee.date()).isEqualTo(LocalDate.of(2024, 9, 7));
		assertThat(smsFee.amount()).isEqualTo(-55_000);
		assertThat(smsFee.credit()).isFalse();
		assertThat(read.lines().stream().filter(l -> l.amount() < 0)).containsExactly(smsFee);
		assertThat(read.lines().stream().mapToLong(StatementLine::amount).sum()).isPositive();
	}

	@Test
	void agribankPresetReadsTheWholeSample() throws IOException {
		StatementRead read = StatementReader.read(sample("agribank-1500201113838-sample.csv"),
				StatementMapping.AGRIBANK_2024);

		assertThat(read.lines()).hasSize(2000);
		assertThat(read.rejected()).isEmpty();
		assertThat(read.lines()).allMatch(l -> l.amount() > 0 && l.time() == null && l.counterAccount() == null
				&& l.balance() != null);

		StatementLine first = read.lines().get(0);
		assertThat(first.lineNumber()).isEqualTo(2);
		assertThat(first.date()).isEqualTo(LocalDate.of(2024, 9, 9));
		assertThat(first.amount()).isEqualTo(500_000);
		assertThat(first.reference()).isEqualTo("1375649");
		assertThat(first.balance()).isEqualTo(524_700);
		assertThat(SenderNames.guess(first.description())).contains("NGUYEN THI ANH");

		StatementLine tran = line(read, 9);
		assertThat(tran.date()).isEqualTo(LocalDate.of(2024, 9, 10));
		assertThat(tran.amount()).isEqualTo(1_000_000);
		assertThat(tran.reference()).isEqualTo("2850708");
		assertThat(tran.balance()).isEqualTo(2_524_700);
		assertThat(SenderNames.guess(tran.description())).contains("TRAN VU YEN");
		assertThat(SenderNames.guess(line(read, 4).description())).isEmpty();

		for (int i = 1; i < read.lines().size(); i++) {
			StatementLine previous = read.lines().get(i - 1);
			StatementLine current = read.lines().get(i);
			assertThat(current.balance()).as("running balance at line %d", current.lineNumber())
				.isEqualTo(previous.balance() + current.amount());
		}
	}

	@Test
	void rejectsUnreadableRecordsWithTheirReasonAndKeepsReading() {
		String csv = "\uFEFFPageId,Date,Time,DocumentNumber,ReferenceNumber,TransactionDetails,DebitAmount,CreditAmount,Balance,OffsetAccount\r\n"
				+ "1,10/09/2024,08:15:00,,11,\"NGUYEN VAN A, ung ho \"\"bao lu\"\"\r\nso 3\",,\"500,000\",,0011001932418\r\n"
				+ "1,10/09/2024,,,12,phi,\"10,000\",,\"1,000,000\",\r\n"
				+ "\r\n"
				+ "1,10/09/2024,,,13,text,,\"5O,000\",,\r\n"
				+ "1,10/09/2024,,,14,text,\"1,000\",\"2,000\",,\r\n"
				+ "1,10/09/2024,,,15,text,,,,\r\n"
				+ "1,31/02/2024,,,16,text,,\"1,000\",,\r\n"
				+ "1,10/09/2024,,,17,text,,\"1,000\",,,extra\r\n"
				+ "1,10/09/2024,,,18,text,,\"1,000\"\r\n"
				+ "1,10/09/2024,,,19,\"broken\"quote,,\"1,000\",,\r\n"
				+ "1,10/09/2024,25:00,,20,text,,\"1,000\",,\r\n"
				+ "1,10/09/2024,,,21,text,,\"1,000.50\",,\r\n"
				+ "1,10/09/2024,,,22,text,,\"1,000\",abc,\r\n"
				+ "1,10/09/2024,,,23,last,,\"1,000.00\",,\r\n";

		StatementRead read = StatementReader.read(csv.getBytes(StandardCharsets.UTF_8), StatementMapping.AGRIBANK_2024);

		assertThat(read.lines()).extracting(StatementLine::lineNumber, StatementLine::reference, StatementLine::amount)
			.containsExactly(tuple(2, "11", 500_000L), tuple(4, "12", -10_000L), tuple(16, "23", 1_000L));
		StatementLine multiLine = read.lines().get(0);
		assertThat(multiLine.description()).isEqualTo("NGUYEN VAN A, ung ho \"bao lu\" so 3");
		assertThat(multiLine.time()).isEqualTo(LocalTime.of(8, 15));
		assertThat(multiLine.counterAccount()).isEqualTo("0011001932418");
		assertThat(multiLine.rawText()).contains("\r\nso 3\"");
		assertThat(read.lines().get(1).balance()).isEqualTo(1_000_000L);

		assertThat(read.rejected()).extracting(RejectedLine::lineNumber, RejectedLine::reasonCode)
			.containsExactly(tuple(6, StatementReader.AMOUNT_INVALID), tuple(7, StatementReader.AMOUNT_BOTH),
					tuple(8, StatementReader.AMOUNT_MISSING), tuple(9, StatementReader.DATE_INVALID),
					tuple(10, StatementReader.FIELD_COUNT), tuple(11, StatementReader.FIELD_COUNT),
					tuple(12, CsvRecords.BROKEN_QUOTES), tuple(13, StatementReader.TIME_INVALID),
					tuple(14, StatementReader.AMOUNT_INVALID), tuple(15, StatementReader.BALANCE_INVALID));
		assertThat(read.rejected().get(0).rawText()).isEqualTo("1,10/09/2024,,,13,text,,\"5O,000\",,");
		assertThat(read.records()).isEqualTo(13);
	}

	@Test
	void aBrokenQuoteCostsOnlyItsOwnLine() {
		String csv = "TNXDate,Credit,Debit,TransactionDetails,DocNo,Balance\n" + "01/09/2024,1.000,,\"never closed,1,\n"
				+ "02/09/2024,2.000,,fine,2,\n" + "03/09/2024,3.000,,also fine,3,\n";

		StatementRead read = StatementReader.read(csv.getBytes(StandardCharsets.UTF_8), StatementMapping.VCB_2024);

		assertThat(read.rejected()).extracting(RejectedLine::lineNumber, RejectedLine::reasonCode)
			.containsExactly(tuple(2, CsvRecords.BROKEN_QUOTES));
		assertThat(read.lines()).extracting(StatementLine::lineNumber, StatementLine::amount)
			.containsExactly(tuple(3, 2_000L), tuple(4, 3_000L));
	}

	@Test
	void refusesWhatIsNotAStatementOfTheLayout() throws IOException {
		assertProblems(() -> StatementReader.read(new byte[0], StatementMapping.VCB_2024), "error.file.empty");
		assertProblems(() -> StatementReader.read(" \n\n".getBytes(StandardCharsets.UTF_8), StatementMapping.VCB_2024),
				"error.file.empty");
		byte[] png = VietQrImage.png(new VietQrPayload("970436", "1", null, null));
		assertProblems(() -> StatementReader.read(png, StatementMapping.VCB_2024), "error.file.unreadable");
		assertProblems(() -> StatementReader.read(new byte[] { 'P', 'K', 3, 4, 1, 2 }, StatementMapping.VCB_2024),
				"error.file.unreadable");
		assertProblems(() -> StatementReader.read("a\0b".getBytes(StandardCharsets.UTF_8), StatementMapping.VCB_2024),
				"error.file.unreadable");

		InvalidInputException wrongBank = catchProblems(
				() -> StatementReader.read(sample("vcb-0011001932418-sample.csv"), StatementMapping.AGRIBANK_2024));
		assertThat(wrongBank.problems()).extracting(Problem::code).containsOnly("error.file.missingColumn");
		assertThat(wrongBank.problems()).extracting(p -> p.args()[0])
			.containsExactly("Date", "Time", "CreditAmount", "DebitAmount", "ReferenceNumber", "OffsetAccount");
	}

	@Test
	void readsASpreadsheetWithTitleRowsAndRealDateCells() throws IOException {
		StatementRead read = StatementReader.read(spreadsheet(), StatementMapping.AGRIBANK_2024);

		assertThat(read.rejected()).extracting(RejectedLine::lineNumber, RejectedLine::reasonCode)
			.containsExactly(tuple(6, StatementReader.DATE_INVALID));
		assertThat(read.lines()).extracting(StatementLine::lineNumber, StatementLine::date, StatementLine::time,
				StatementLine::amount, StatementLine::reference, StatementLine::balance)
			.containsExactly(tuple(4, LocalDate.of(2024, 9, 10), LocalTime.of(9, 30), 500_000L, "92865150", 1_500_000L),
					tuple(5, LocalDate.of(2024, 9, 10), null, -20_000L, "A-2", 1_480_000L));
		assertThat(read.lines().get(0).description()).isEqualTo("LE VAN B ung ho");
	}

	@Test
	void signedAmountsByPositionWithSemicolonsAndDecimalCommas() {
		StatementMapping mapping = StatementMapping.builder("signed")
			.delimiter(';')
			.date(Column.at(0), "dd-MM-yyyy HH:mm")
			.signedAmount(Column.at(1))
			.thousandsSeparator('.')
			.description(Column.at(2))
			.build();
		String csv = "Ngày giao dịch;Số tiền;Nội dung\n05-09-2024 14:05;1.500.000,00;DK ung ho\n"
				+ "06-09-2024 09:00;-20.000;phi\n07-09-2024 10:00;+3000;x\n08-09-2024 10:00;0;zero\n";

		StatementRead read = StatementReader.read(csv.getBytes(StandardCharsets.UTF_8), mapping);

		assertThat(read.lines()).extracting(StatementLine::date, StatementLine::time, StatementLine::amount,
				StatementLine::reference)
			.containsExactly(tuple(LocalDate.of(2024, 9, 5), LocalTime.of(14, 5), 1_500_000L, null),
					tuple(LocalDate.of(2024, 9, 6), LocalTime.of(9, 0), -20_000L, null),
					tuple(LocalDate.of(2024, 9, 7), LocalTime.of(10, 0), 3_000L, null));
		assertThat(read.rejected()).extracting(RejectedLine::reasonCode).containsExactly(StatementReader.AMOUNT_MISSING);
	}

	@Test
	void amountsAreReadStrictly() {
		StatementValues dots = new StatementValues(StatementMapping.VCB_2024);
		assertThat(dots.amount("50.000", false)).hasValue(50_000);
		assertThat(dots.amount("10.847.331.843", true)).hasValue(10_847_331_843L);
		assertThat(dots.amount("50000", false)).hasValue(50_000);
		assertThat(dots.amount("50.000,00", false)).hasValue(50_000);
		for (String bad : List.of("50,000", "5213.45946", "50.00", "1.2.3", "50.000,5", "-50.000", "1 000", "", "abc",
				"99999999999999999999")) {
			assertThat(dots.amount(bad, false)).as(bad).isEmpty();
		}
		StatementValues commas = new StatementValues(StatementMapping.AGRIBANK_2024);
		assertThat(commas.amount("1,274,700", false)).hasValue(1_274_700);
		assertThat(commas.amount("-1,000.00", true)).hasValue(-1_000);
		assertThat(commas.amount("50.000", false)).isEmpty();
	}

	@Test
	void mappingsMustBeComplete() {
		assertThat(StatementMapping.preset("vcb-2024")).contains(StatementMapping.VCB_2024);
		assertThat(StatementMapping.presets()).containsOnlyKeys("vcb-2024", "agribank-2024");
		assertThatThrownBy(() -> StatementMapping.builder("x")
			.date(Column.named("d"), "dd/MM/yyyy")
			.signedAmount(Column.named("a"))
			.creditDebit(Column.named("c"), Column.named("d"))
			.thousandsSeparator(' ')
			.description(Column.named("t"))
			.build()).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("amount:error.statement.mapping.amount")
			.hasMessageContaining("thousandsSeparator:error.statement.mapping.thousandsSeparator");
		assertThatThrownBy(() -> StatementMapping.builder("x").date(Column.named("d"), "dd/MM/yyyy #").build())
			.hasMessageContaining("date:error.statement.mapping.date");
	}

	@Test
	void readingInPartsGivesTheLinesAndFingerprintsOfReadingWhole() throws IOException {
		byte[] content = sample("vcb-0011001932418-sample.csv");
		StatementRead whole = StatementReader.read(content, StatementMapping.VCB_2024);
		StatementReader reader = StatementReader.open(content, StatementMapping.VCB_2024);
		List<StatementLine> lines = new ArrayList<>();
		List<RejectedLine> rejected = new ArrayList<>();
		while (reader.hasNext()) {
			StatementRead part = reader.next(7);
			lines.addAll(part.lines());
			rejected.addAll(part.rejected());
		}
		assertThat(lines).isEqualTo(whole.lines());
		assertThat(rejected).isEqualTo(whole.rejected());
		assertThat(lines.stream().map(StatementLine::fingerprint).distinct()).hasSize(lines.size());

		String same = "PageId,Date,Time,DocumentNumber,ReferenceNumber,TransactionDetails,DebitAmount,CreditAmount,Balance,OffsetAccount\n"
				+ "1,09/09/2024,,,,NGUYEN VAN AN ung ho,,\"10,000\",,\n".repeat(20);
		StatementReader identical = StatementReader.open(same.getBytes(StandardCharsets.UTF_8), StatementMapping.AGRIBANK_2024);
		List<String> fingerprints = new ArrayList<>();
		while (identical.hasNext()) {
			identical.next(7).lines().forEach(line -> fingerprints.add(line.fingerprint()));
		}
		assertThat(fingerprints).as("identical donations are counted across the parts").hasSize(20).doesNotHaveDuplicates()
			.isEqualTo(StatementReader.read(same.getBytes(StandardCharsets.UTF_8), StatementMapping.AGRIBANK_2024).lines().stream()
				.map(StatementLine::fingerprint).toList());
	}

	@Test
	void overlappingSlicesGiveTheSharedLinesTheSameFingerprints() throws IOException {
		List<String> physical = Arrays.asList(new String(sample("vcb-0011001932418-sample.csv"), StandardCharsets.UTF_8)
			.split("\n"));
		String header = physical.get(0);
		List<String> rows = physical.subList(1, physical.size());
		String early = header + "\n" + rows.stream().filter(r -> !r.contains(",09/09/2024,")).collect(Collectors.joining("\n"));
		String late = header + "\n" + rows.stream()
			.filter(r -> r.contains(",07/09/2024,") || r.contains(",08/09/2024,") || r.contains(",09/09/2024,"))
			.collect(Collectors.joining("\n"));

		Map<String, StatementLine> all = byRaw(StatementReader.read(sample("vcb-0011001932418-sample.csv"), StatementMapping.VCB_2024));
		Map<String, StatementLine> first = byRaw(StatementReader.read(early.getBytes(StandardCharsets.UTF_8), StatementMapping.VCB_2024));
		Map<String, StatementLine> second = byRaw(StatementReader.read(late.getBytes(StandardCharsets.UTF_8), StatementMapping.VCB_2024));

		assertThat(all).hasSize(2000);
		List<String> shared = first.keySet().stream().filter(second::containsKey).toList();
		assertThat(shared).hasSize(59 + 503);
		for (String raw : shared) {
			assertThat(second.get(raw).fingerprint()).isEqualTo(first.get(raw).fingerprint())
				.isEqualTo(all.get(raw).fingerprint())
				.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
			assertThat(second.get(raw).lineNumber()).isNotEqualTo(all.get(raw).lineNumber());
		}
		assertThat(all.values().stream().map(StatementLine::fingerprint).distinct()).hasSize(2000);
	}

	@Test
	void identicalDonationsAreTwoLinesWithStableDistinctFingerprints() {
		String csv = "TNXDate,DocNo,Debit,Credit,Balance,TransactionDetails\n"
				+ "09/09/2024,1,,10.000,,NGUYEN VAN A ung ho\n" + "09/09/2024,1,,10.000,,NGUYEN  VAN A.ung ho\n"
				+ "09/09/2024,1,,10.000,,Nguyễn Văn A ung ho\n" + "09/09/2024,2,,10.000,,NGUYEN VAN A ung ho\n";
		byte[] content = csv.getBytes(StandardCharsets.UTF_8);

		List<String> once = StatementReader.read(content, StatementMapping.VCB_2024).lines().stream().map(StatementLine::fingerprint).toList();
		List<String> again = StatementReader.read(content, StatementMapping.VCB_2024).lines().stream().map(StatementLine::fingerprint).toList();

		assertThat(once).hasSize(4).doesNotHaveDuplicates().isEqualTo(again);
		String single = StatementReader.read(csv.substring(0, csv.indexOf("09/09/2024,1,,10.000,,NGUYEN  ")).getBytes(StandardCharsets.UTF_8),
				StatementMapping.VCB_2024).lines().get(0).fingerprint();
		assertThat(single).isEqualTo(once.get(0));
	}

	private static Map<String, StatementLine> byRaw(StatementRead read) {
		return read.lines().stream().collect(Collectors.toMap(StatementLine::rawText, Function.identity()));
	}

	private static StatementLine line(StatementRead read, int lineNumber) {
		return read.lines().stream().filter(l -> l.lineNumber() == lineNumber).findFirst().orElseThrow();
	}

	private static byte[] sample(String name) throws IOException {
		try (InputStream in = StatementReaderTests.class.getResourceAsStream("/statements/" + name)) {
			return in.readAllBytes();
		}
	}

	private static byte[] spreadsheet() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Sao ke");
			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			CellStyle timeStyle = workbook.createCellStyle();
			timeStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("hh:mm:ss"));
			CellStyle amountStyle = workbook.createCellStyle();
			amountStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("#,##0"));
			sheet.createRow(0).createCell(0).setCellValue("SAO KÊ TÀI KHOẢN 1500201113838");
			String[] header = { "PageId", "Date", "Time", "DocumentNumber", "ReferenceNumber", "TransactionDetails",
					"DebitAmount", "CreditAmount", "Balance", "OffsetAccount" };
			Row head = sheet.createRow(2);
			for (int i = 0; i < header.length; i++) {
				head.createCell(i).setCellValue(header[i]);
			}
			Row donation = sheet.createRow(3);
			donation.createCell(1).setCellValue(LocalDate.of(2024, 9, 10));
			donation.getCell(1).setCellStyle(dateStyle);
			donation.createCell(2).setCellValue(LocalTime.of(9, 30).toSecondOfDay() / 86_400.0);
			donation.getCell(2).setCellStyle(timeStyle);
			donation.createCell(4).setCellValue(92865150);
			donation.createCell(5).setCellValue("LE VAN B\nung ho");
			donation.createCell(7).setCellValue(500_000);
			donation.getCell(7).setCellStyle(amountStyle);
			donation.createCell(8).setCellValue(1_500_000);
			Row fee = sheet.createRow(4);
			fee.createCell(1).setCellValue("10/09/2024");
			fee.createCell(4).setCellValue("A-2");
			fee.createCell(5).setCellValue("phi");
			fee.createCell(6).setCellValue(20_000);
			fee.createCell(8).setCellValue("1,480,000");
			Row total = sheet.createRow(5);
			total.createCell(1).setCellValue("Tổng cộng");
			total.createCell(7).setCellValue(500_000);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static void assertProblems(ThrowingCallable action, String code) {
		assertThat(catchProblems(action).problems()).extracting(Problem::field, Problem::code)
			.containsExactly(tuple("file", code));
	}

	private static InvalidInputException catchProblems(ThrowingCallable action) {
		InvalidInputException problems = catchThrowableOfType(InvalidInputException.class, action);
		assertThat(problems).as("the file is refused").isNotNull();
		return problems;
	}

}
