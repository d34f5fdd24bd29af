package vn.doanket.fund;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.documents.Block;
import vn.doanket.documents.Distribution;
import vn.doanket.documents.DocumentNumber;
import vn.doanket.documents.Letterhead;
import vn.doanket.documents.OfficialDocument;
import vn.doanket.documents.PdfRenderer;
import vn.doanket.documents.Recipient;
import vn.doanket.documents.Signature;
import vn.doanket.shared.InvalidInputException;

/**
 * Prints a posted entry's voucher — phiếu thu, phiếu chi or biên nhận (goods) — as a PDF laid out like the Front's
 * documents, numbered per fund and year, with the amount in figures and in Vietnamese words.
 */
@Service
@Transactional(readOnly = true)
public class VoucherPrinting {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final Funds funds;

	private final PdfRenderer renderer = new PdfRenderer();

	VoucherPrinting(Funds funds) {
		this.funds = funds;
	}

	public byte[] pdf(long entryId) {
		return renderer.render(document(entryId));
	}

	OfficialDocument document(long entryId) {
		LedgerEntry entry = funds.entry(entryId);
		Fund fund = funds.get(entry.fundId());
		if (entry.voucher() == null) {
			throw InvalidInputException.of("entry", "error.fund.noVoucher");
		}
		String kind = entry.voucher().substring(0, 2);
		int number = Integer.parseInt(entry.voucher().substring(entry.voucher().indexOf('/') + 1));
		Letterhead head = new Letterhead("ỦY BAN MTTQ VIỆT NAM " + fund.unitName().toUpperCase(VIETNAMESE),
				"BAN VẬN ĐỘNG QUỸ \"VÌ NGƯỜI NGHÈO\"", DocumentNumber.of(number, kind), place(fund.unitName()), entry.date());
		boolean in = entry.kind() == EntryKind.RECEIPT;
		List<Block> body = new ArrayList<>();
		body.add(Block.Paragraph.of(fund.name()));
		body.add(Block.Paragraph.of((in ? "Họ và tên người nộp: " : "Họ và tên người nhận: ")
				+ (entry.partyName() == null ? "Ẩn danh" : entry.partyName())));
		body.add(Block.Paragraph.of((in ? "Lý do nộp: " : "Lý do chi: ") + entry.description()));
		body.add(Block.Paragraph.of("Hình thức: " + channel(entry.channel())));
		body.add(Block.Paragraph.of("Số tiền: " + Money.format(entry.amount()) + " đồng"));
		body.add(Block.Paragraph.of("Viết bằng chữ: " + entry.amountInWords()));
		body.add(Block.Paragraph.of("Người lập phiếu: " + entry.createdBy()));
		String type = switch (kind) {
			case "BN" -> "BIÊN NHẬN";
			case "PT" -> "PHIẾU THU";
			default -> "PHIẾU CHI";
		};
		return new OfficialDocument(head, type, List.of("Số chứng từ " + entry.voucher()), body,
				new Signature(null, "KẾ TOÁN QUỸ", entry.createdBy()),
				new Distribution(List.of(Recipient.of(in ? "Người nộp" : "Người nhận")), "Kế toán quỹ"));
	}

	private static String place(String unitName) {
		return unitName.replaceFirst("^(Tỉnh|Thành phố|Huyện|Thị xã|Xã|Phường|Thị trấn) ", "");
	}

	private static String channel(String channel) {
		if (channel == null) {
			return "Chuyển khoản";
		}
		return switch (channel) {
			case "CASH" -> "Tiền mặt";
			case "IN_KIND" -> "Hiện vật (đã định giá)";
			default -> "Chuyển khoản";
		};
	}

}
