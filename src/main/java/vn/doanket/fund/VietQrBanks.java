package vn.doanket.fund;

import java.util.List;
import java.util.Optional;

/**
 * Banks that take VietQR transfers, by their six-digit NAPAS BIN (the list the VietQR bank directory publishes). A fund
 * account's BIN must be one of them, otherwise the QR codes printed for donors would point nowhere.
 */
public final class VietQrBanks {

	/** A bank: its BIN, the short name people know, and its full name. */
	public record Bank(String bin, String shortName, String name) {

		public String label() {
			return shortName + " (" + bin + ")";
		}

	}

	private static final List<Bank> BANKS = List.of(
			new Bank("970436", "Vietcombank", "Ngân hàng TMCP Ngoại thương Việt Nam"),
			new Bank("970405", "Agribank", "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam"),
			new Bank("970415", "VietinBank", "Ngân hàng TMCP Công thương Việt Nam"),
			new Bank("970418", "BIDV", "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam"),
			new Bank("999888", "VBSP", "Ngân hàng Chính sách xã hội"),
			new Bank("970422", "MB", "Ngân hàng TMCP Quân đội"),
			new Bank("970407", "Techcombank", "Ngân hàng TMCP Kỹ thương Việt Nam"),
			new Bank("970416", "ACB", "Ngân hàng TMCP Á Châu"),
			new Bank("970432", "VPBank", "Ngân hàng TMCP Việt Nam Thịnh Vượng"),
			new Bank("970423", "TPBank", "Ngân hàng TMCP Tiên Phong"),
			new Bank("970403", "Sacombank", "Ngân hàng TMCP Sài Gòn Thương Tín"),
			new Bank("970437", "HDBank", "Ngân hàng TMCP Phát triển Thành phố Hồ Chí Minh"),
			new Bank("970441", "VIB", "Ngân hàng TMCP Quốc tế Việt Nam"),
			new Bank("970443", "SHB", "Ngân hàng TMCP Sài Gòn – Hà Nội"),
			new Bank("970431", "Eximbank", "Ngân hàng TMCP Xuất Nhập khẩu Việt Nam"),
			new Bank("970426", "MSB", "Ngân hàng TMCP Hàng Hải Việt Nam"),
			new Bank("970448", "OCB", "Ngân hàng TMCP Phương Đông"),
			new Bank("970440", "SeABank", "Ngân hàng TMCP Đông Nam Á"),
			new Bank("970449", "LPBank", "Ngân hàng TMCP Lộc Phát Việt Nam"),
			new Bank("970454", "BVBank", "Ngân hàng TMCP Bản Việt"),
			new Bank("970452", "KienlongBank", "Ngân hàng TMCP Kiên Long"),
			new Bank("970429", "SCB", "Ngân hàng TMCP Sài Gòn"),
			new Bank("970430", "PGBank", "Ngân hàng TMCP Thịnh vượng và Phát triển"),
			new Bank("970428", "Nam A Bank", "Ngân hàng TMCP Nam Á"),
			new Bank("970425", "ABBANK", "Ngân hàng TMCP An Bình"),
			new Bank("970427", "VietABank", "Ngân hàng TMCP Việt Á"),
			new Bank("970419", "NCB", "Ngân hàng TMCP Quốc Dân"),
			new Bank("970400", "Saigonbank", "Ngân hàng TMCP Sài Gòn Công Thương"),
			new Bank("970412", "PVcomBank", "Ngân hàng TMCP Đại Chúng Việt Nam"),
			new Bank("970414", "MBV", "Ngân hàng TNHH MTV Việt Nam Hiện Đại"),
			new Bank("970409", "BacABank", "Ngân hàng TMCP Bắc Á"),
			new Bank("970433", "VietBank", "Ngân hàng TMCP Việt Nam Thương Tín"),
			new Bank("970438", "BaoViet Bank", "Ngân hàng TMCP Bảo Việt"),
			new Bank("970406", "Vikki Bank", "Ngân hàng TNHH MTV Số Vikki"),
			new Bank("970408", "GPBank", "Ngân hàng TNHH MTV Dầu Khí Toàn Cầu"),
			new Bank("970446", "Co-opBank", "Ngân hàng Hợp tác xã Việt Nam"),
			new Bank("970444", "CBBank", "Ngân hàng TNHH MTV Xây dựng"),
			new Bank("970421", "VRB", "Ngân hàng Liên doanh Việt – Nga"),
			new Bank("970434", "Indovina", "Ngân hàng TNHH Indovina"),
			new Bank("970424", "Shinhan Bank", "Ngân hàng TNHH MTV Shinhan Việt Nam"),
			new Bank("970457", "Woori", "Ngân hàng TNHH MTV Woori Việt Nam"),
			new Bank("970458", "UOB", "Ngân hàng TNHH MTV United Overseas Bank (Việt Nam)"),
			new Bank("970410", "Standard Chartered", "Ngân hàng TNHH MTV Standard Chartered Việt Nam"),
			new Bank("970439", "Public Bank", "Ngân hàng TNHH MTV Public Việt Nam"),
			new Bank("970442", "Hong Leong", "Ngân hàng TNHH MTV Hong Leong Việt Nam"),
			new Bank("970455", "IBK", "Ngân hàng Công nghiệp Hàn Quốc – chi nhánh Hà Nội"));

	private VietQrBanks() {
	}

	public static List<Bank> all() {
		return BANKS;
	}

	public static Optional<Bank> find(String bin) {
		String b = bin == null ? "" : bin.trim();
		return BANKS.stream().filter(bank -> bank.bin().equals(b)).findFirst();
	}

}
