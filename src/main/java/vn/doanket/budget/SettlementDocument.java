package vn.doanket.budget;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.doanket.documents.Block;
import vn.doanket.documents.DocumentNumber;
import vn.doanket.documents.DocxRenderer;
import vn.doanket.documents.Distribution;
import vn.doanket.documents.Letterhead;
import vn.doanket.documents.OfficialDocument;
import vn.doanket.documents.Recipient;
import vn.doanket.documents.Signature;
import vn.doanket.shared.Messages;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

/**
 * The settlement report as a Word document laid out by Nghị định 30/2020/NĐ-CP (through the documents module): the
 * same rows and totals as the page, always in Vietnamese, for the committee's Standing Committee to sign.
 */
@Component
class SettlementDocument {

	static final List<String> HEADER = List.of("STT", "Nội dung chi", "Dự toán (đ)", "Đã chi (đ)", "Chênh lệch (đ)", "Tỷ lệ thực hiện");

	private final Units units;

	private final MessageSource messages;

	private final Clock clock;

	SettlementDocument(Units units, MessageSource messages, Clock clock) {
		this.units = units;
		this.messages = messages;
		this.clock = clock;
	}

	byte[] docx(EstimateView view) {
		Estimate e = view.estimate();
		Settlement s = Settlement.of(view, line -> messages.getMessage("budget.line." + line.name(), null, Messages.VIETNAMESE));
		AdminUnit unit = units.require(e.unitId());
		List<List<String>> rows = new ArrayList<>();
		int n = 1;
		for (Settlement.Row r : s.lines()) {
			rows.add(List.of(String.valueOf(n++), r.label(), Money.format(r.estimate()), Money.format(r.spent()),
					Money.format(r.difference()), percent(r.rate())));
		}
		EstimateView.Totals t = s.totals();
		rows.add(List.of("", "Tổng cộng", Money.format(t.amount()), Money.format(t.spent()), Money.format(t.difference()),
				percent(t.rate())));
		List<Block> body = new ArrayList<>();
		body.add(Block.Paragraph.of("Căn cứ Thông tư số 121/2017/TT-BTC ngày 14/11/2017 của Bộ Tài chính quy định việc quản lý, sử "
				+ "dụng kinh phí thực hiện Cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\"; căn cứ dự "
				+ "toán năm " + e.year() + (e.approved() ? " đã được duyệt" : " (chưa được duyệt)") + ", Ban Thường trực Ủy ban MTTQ Việt Nam "
				+ e.unitName() + " báo cáo quyết toán kinh phí năm " + e.year() + " như sau:"));
		body.add(new Block.Heading(1, "I.", "SỐ LIỆU QUYẾT TOÁN"));
		body.add(new Block.Table(HEADER, rows));
		body.add(new Block.Heading(1, "II.", "NHẬN XÉT"));
		List<EstimateView.LineView> over = view.lines().stream().filter(EstimateView.LineView::overEstimate).toList();
		if (over.isEmpty()) {
			body.add(Block.Paragraph.of("Các mục chi đều trong phạm vi dự toán được giao."));
		}
		for (EstimateView.LineView l : over) {
			body.add(new Block.Bullet(s.lines().get(l.line().ordinal()).label() + ": đã chi " + Money.format(l.spent())
					+ " đ, vượt dự toán " + Money.format(-l.difference()) + " đ."));
		}
		List<Recipient> recipients = new ArrayList<>();
		units.byId(unit.parentId() == null ? -1 : unit.parentId())
			.ifPresent(parent -> recipients.add(new Recipient("BTT Ủy ban MTTQ Việt Nam " + parent.name(), Recipient.Purpose.REPORT)));
		recipients.add(new Recipient("Cơ quan tài chính cùng cấp", Recipient.Purpose.REPORT));
		String place = unit.name().replaceFirst("^(Tỉnh|Thành phố|Huyện|Thị xã|Xã|Phường|Thị trấn) ", "");
		OfficialDocument document = new OfficialDocument(
				new Letterhead("ỦY BAN MTTQ VIỆT NAM " + unit.name().toUpperCase(), "BAN THƯỜNG TRỰC",
						DocumentNumber.unnumbered("BC-MTTQ-BTT"), place, LocalDate.now(clock)),
				"BÁO CÁO", List.of("Quyết toán kinh phí thực hiện Cuộc vận động", "năm " + e.year()), body,
				new Signature("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "………………………"), new Distribution(recipients, "VT, KT"));
		return new DocxRenderer().render(document);
	}

	private static String percent(BigDecimal rate) {
		return rate == null ? "—" : rate.toPlainString().replace('.', ',') + " %";
	}

}
