package vn.doanket.fund;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV exports (UTF-8 with a byte-order mark, so that Excel shows Vietnamese letters) of what a ledger page lists. */
final class LedgerCsv {

	private LedgerCsv() {
	}

	static byte[] entries(long fundId, List<LedgerEntry> entries) {
		return write(List.of("Ngày", "Chứng từ", "Loại", "Số tiền", "Đối tượng", "Nội dung", "Mã tham chiếu", "Người ghi"), entries
			.stream()
			.map(e -> List.<Object>of(e.date().toString(), nz(e.voucher()), e.kind().name(), e.signedAmount(fundId),
					nz(e.partyName()), nz(e.description()), nz(e.referenceCode()), nz(e.createdBy())))
			.toList());
	}

	static byte[] published(List<PublicTransaction> items) {
		return write(List.of("Ngày", "Chứng từ", "Loại", "Số tiền", "Người ủng hộ / người nhận", "Nội dung", "Mã tham chiếu"), items
			.stream()
			.map(t -> List.<Object>of(t.date().toString(), nz(t.voucher()), t.kind().name(), t.amount(), nz(t.party()),
					nz(t.description()), nz(t.reference())))
			.toList());
	}

	/** Statement lines as the queue lists them (money in positive, money out negative). */
	static byte[] statementLines(List<QueueLine> lines) {
		return write(List.of("Ngày", "Số tiền", "Nội dung", "Số tham chiếu", "Tài khoản", "Dòng trong tệp", "Trạng thái", "Ghi chú",
				"Người xử lý"), lines.stream()
			.map(l -> List.<Object>of(l.date().toString(), l.amount(), nz(l.description()), nz(l.reference()), l.account(), l.lineNo(),
					l.status().name(), nz(l.note()), nz(l.resolvedBy())))
			.toList());
	}

	private static byte[] write(List<String> header, List<List<Object>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(0xEF);
		out.write(0xBB);
		out.write(0xBF);
		try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.EXCEL)) {
			csv.printRecord(header);
			for (List<Object> row : rows) {
				csv.printRecord(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static String nz(String text) {
		return text == null ? "" : text;
	}

}
