package vn.doanket.documents;

import java.time.LocalDate;
import java.util.List;

import vn.doanket.documents.Block.Bullet;
import vn.doanket.documents.Block.Heading;
import vn.doanket.documents.Block.Paragraph;
import vn.doanket.documents.Recipient.Purpose;

/** Documents in the domain's words, built from the first sections of the 2023 plan of the Kon Tum Front. */
final class DocumentFixture {

	static final String CAMPAIGN = "“Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”";

	private DocumentFixture() {
	}

	/** The seed plan's letterhead, title, sections I and II.1–2.1, a small table, the signature and recipients. */
	static OfficialDocument seedPlan() {
		Letterhead letterhead = new Letterhead("ỦY BAN MTTQ VIỆT NAM TỈNH KON TUM", "BAN THƯỜNG TRỰC",
				DocumentNumber.of(163, "KH-MTTQ-BTT"), "Kon Tum", LocalDate.of(2021, 2, 8));
		List<String> summary = List.of("Triển khai thực hiện Cuộc vận động", CAMPAIGN, "Năm 2023");
		return new OfficialDocument(letterhead, "KẾ HOẠCH", summary, body(), signature(), distribution());
	}

	static List<Block> body() {
		return List.of(Paragraph.of("Thực hiện Chương trình công tác số 12/CTr-MTTQ-BTT, ngày 29 tháng 12 năm 2022 "
				+ "của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kon Tum."),
				Paragraph.of("Căn cứ Kế hoạch 163/KH-MTTQ-BTT ngày 08/02/2021 của Ban Thường trực Ủy ban MTTQ Việt Nam "
						+ "tỉnh về việc tiếp tục triển khai Cuộc vận động " + CAMPAIGN + " giai đoạn 2021-2025."),
				Paragraph.of("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh xây dựng Kế hoạch triển khai thực hiện Cuộc vận "
						+ "động " + CAMPAIGN + " năm 2023 như sau:"),
				new Heading(1, "I.", "MỤC ĐÍCH - YÊU CẦU"),
				new Paragraph("1. Mục đích:", "Tiếp tục xây dựng, củng cố và phát huy khối đại đoàn kết toàn dân tộc, "
						+ "huy động mọi nguồn lực trong cộng đồng góp phần hoàn thành mục tiêu xây dựng nông thôn "
						+ "mới, đô thị văn minh và giảm nghèo bền vững trên địa bàn tỉnh Kon Tum."),
				new Paragraph("2. Yêu cầu:", "Việc triển khai các nội dung Cuộc vận động đảm bảo hiệu quả thiết thực, "
						+ "tránh hình thức; xây dựng và duy trì được các mô hình thực hiện cuộc vận động tại các địa "
						+ "phương trên địa bàn tỉnh."),
				new Heading(1, "II.", "NỘI DUNG THỰC HIỆN"),
				new Heading(2, "1.", "Công tác tuyên truyền, vận động các tầng lớp Nhân dân:"),
				new Bullet("Nội dung: Tuyên truyền, vận động cán bộ, đảng viên và nhân dân thực hiện 5 nội dung Cuộc "
						+ "vận động."),
				new Bullet("Hình thức: Tổ chức tuyên truyền trực tiếp thông qua các hội nghị nhân dân, các diễn đàn, "
						+ "cuộc họp hoặc qua mạng xã hội chính thống (zalo, facebook,..), pano, áp phích, tờ rơi."),
				new Bullet("Thời gian thực hiện: Thường xuyên"),
				new Heading(2, "2.", "Tổ chức các hội nghị tập huấn, trao đổi kinh nghiệm:"),
				new Heading(3, "2.1.", "Về công tác tập huấn Cuộc vận động:"),
				new Bullet("Nội dung tập huấn: 5 nội dung Cuộc vận động, công tác phối hợp, kỹ năng triển khai thực "
						+ "hiện Cuộc vận động tại địa phương."),
				new Bullet("Thời gian: dự kiến cuối Quý I/2023"),
				new Block.Table(List.of("Nội dung", "Hình thức", "Thời gian thực hiện"),
						List.of(List.of("Tuyên truyền, vận động", "Hội nghị, mạng xã hội", "Thường xuyên"),
								List.of("Tập huấn cấp tỉnh", "Hội nghị trực tiếp", "Cuối Quý I/2023"))),
				Paragraph.of("Trên đây là Kế hoạch triển khai thực hiện Cuộc vận động " + CAMPAIGN + " năm 2023 trên "
						+ "địa bàn tỉnh của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kon Tum./."));
	}

	static Signature signature() {
		return new Signature("TM. BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH", "Nguyễn Thị Hương");
	}

	static Distribution distribution() {
		return new Distribution(List.of(new Recipient("BTT UBTW MTTQ VN", Purpose.REPORT),
				new Recipient("TT Tỉnh ủy", Purpose.REPORT), Recipient.of("TT HĐND, UBND tỉnh"),
				Recipient.of("Chủ tịch, các PCT MTTQ tỉnh"), new Recipient("Các đoàn thể chính trị - xã hội",
						Purpose.COORDINATE), new Recipient("BTT UBMTTQVN các huyện, thành phố", Purpose.IMPLEMENT)),
				"VT, BPT");
	}

}
