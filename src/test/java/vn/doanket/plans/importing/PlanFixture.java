package vn.doanket.plans.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Plans to test with: the real 2023 plan of the Kon Tum province Front and made-up messy ones. */
final class PlanFixture {

	private PlanFixture() {
	}

	/** The 2023 campaign plan of the Standing Committee of the Front of Kon Tum province, as text. */
	static String seedText() {
		try (InputStream in = PlanFixture.class.getResourceAsStream("/plans/seed-kontum-2023.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ProposedPlan seedPlan() {
		return PlanTextParser.parse(seedText());
	}

	/** A plan whose whole heading block was flattened onto one line by a converter. */
	static String flattenedHeader() {
		return """
				ỦY BAN MTTQ VIỆT NAM TỈNH KON TUM BAN THƯỜNG TRỰC Số: 163/KH-MTTQ-BTT CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Kon Tum, ngày 08 tháng 02 năm 2021 KẾ HOẠCH Tiếp tục triển khai Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” giai đoạn 2021-2025
				Căn cứ Kế hoạch số 156 KH/ĐTN ngày 10/3/2021 của Ban Thường vụ Tỉnh đoàn về việc phối hợp tổ chức các hoạt động tình nguyện.
				I.MỤC ĐÍCH, YÊU CẦU
				1. Mục đích: Phát huy sức mạnh khối đại đoàn kết toàn dân tộc.
				II. NỘI DUNG
				1. Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư (tháng 8 năm 2010)
				– Nội dung: Tổ chức phần lễ và phần hội tại khu dân cư.
				– Hình thức: Trực tiếp
				2. Phối hợp tuyên truyền bảo vệ môi trường, phân loại rác thải
				– Thời gian thực hiện: Quý II/2021
				+ Tổ chức ra quân làm sạch đường làng, ngõ xóm.
				""";
	}

}
