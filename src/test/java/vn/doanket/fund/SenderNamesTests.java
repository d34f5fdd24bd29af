package vn.doanket.fund;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SenderNamesTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			NGUYEN THI ANH ung ho dong bao bao lu thien tai .                                                                   | NGUYEN THI ANH
			MBVCB.1234.NGUYEN VAN A chuyen tien                                                                                 | NGUYEN VAN A
			MBVCB.6916176124.CAO VIET TUAN chuyen tien.CT tu 0101001222009 CAO VIET TUAN toi 0011001932418 MAT TRAN TO QUOC VN   | CAO VIET TUAN
			MBVCB.6979121336.Thuy Dungg ung ho.CT tu 1018918223 BUI THI THUY DUNG toi 0011001932418 MAT TRAN TO QUOC VN          | BUI THI THUY DUNG
			MBVCB.6988073913.090559.ung ho cac tinh bao lu.CT tu 0561000540500 NGUYEN THI TRUC OANH toi 1500201113838 uy Ban     | NGUYEN THI TRUC OANH
			272986.010924.101858.DO DUC LOI chuyen tien                                                                         | DO DUC LOI
			965157.040924.114619.NGUYEN MINH TIEN chuyen tien                                                                   | NGUYEN MINH TIEN
			TRAN THI THANH DUYEN UNG HO CAC TINH BI BAO LU                                                                      | TRAN THI THANH DUYEN
			020097040509011137472024Y7ZE058213.33462 .113747.Vietcombank:0011001932418:NGUYE N THI VAN chuyen tien              | NGUYEN THI VAN
			020097040509041357492024FKPW008267.4840 4.135749.Vietcombank:0011001932418:TRUO NG THI HONG chuyen tien             | TRUONG THI HONG
			020097040509071754192024SEOD080366.133.1 75419.Vietcombank:0011001932418:DO THI TUOI chuyen tien                    | DO THI TUOI
			0200970415090220272520240Ppe432198.64042. 202714.NGUYEN THI LAN HANH Quyen gop                                      | NGUYEN THI LAN HANH
			PARTNER.DIRECT_DEBITS_VCB.MSE.6640 3917494.20240909.66403917494-0369650231_D O THI HANG UNG HO KHAC PHUC            | DO THI HANG
			SHGD:19782924.DD:240909.BO:LUONG VAN CHAU.Remark:Vietcombank;0011001932418;L UONG VAN CHAU chuyen tien              | LUONG VAN CHAU
			MB(571392)(CHU THI THUY chuyen tien)                                                                                | CHU THI THUY
			IBFT TA THI DIEM HUONG chuyen tien ung ho dan vung lu                                                               | TA THI DIEM HUONG
			HO NHU THAO chuyen UNG HO SAU BAO YAGI FT24254085793058                                                             | HO NHU THAO
			VU THANH HAI HO TRO NAN NHAN BAO YAGI                                                                               | VU THANH HAI
			Dao Cong Quan va Nguyen Thu Thanh Nhan ung ho cac tinh bao lu FT24254826540959                                      | Dao Cong Quan
			Ung ho cac tinh bi bao lu                                                                                           | -
			UNG HO CAC TINH BI BAO LU-100924-02:02:07 665635                                                                    | -
			518478.090924.085723.TUY KHONG CO NHIEU NHUNG CON MONG SO TIEN NAY SE GIUP BA CON                                   | -
			PARTNER.DIRECT_DEBITS_VCB.ZLP.ZP6R 34H953F5.20240901.Nguyet chuyen tien qua Zalopay                                  | -
			PARTNER.DIRECT_DEBITS_VCB.MSE.6638 0273867.20240908.66380273867-0908315908_T HANH VAN HO TRO NAN NHAN BAO YAGI       | -
			PARTNER.DIRECT_DEBITS_VCB.MSE.6638 5269438.20240909.66385269438-0342422485_P HAM NGOC BICH TRAN FAN MILKLOVE CHUNG   | -
			VCB.CTDK.31/03/2024.ADIDA PHAT. CT tu 0481000755821 toi 0011001932418 MAT TRAN TO QUOC VN - BAN CUU TRO TW           | -
			MBVCB.6976679171.Chuc tat ca binh an khoe manh.CT tu 0081001314551 toi 0011001932418 Uy Ban Trung uong               | -
			796109.090924.011950.Ly ung ho cuu tro nguoi dan vung bao lu 2024 FT24253568730049                                   | -
			THU PHI DICH VU SMS CHU DONG THANG 08/2024. SDT: 0904321618. So tien 55000 VND                                      | -
			-                                                                                                                   | -
			""")
	void guessesTheDonorOnlyWhenTheDescriptionSaysItClearly(String description, String name) {
		assertThat(SenderNames.guess(description)).isEqualTo(java.util.Optional.ofNullable(name));
	}

}
