package vn.doanket.fund;

import java.util.Base64;

/** The VietQR of a fund's bank account without amount or reference, as a PNG data URI for a page. */
final class AccountQr {

	private AccountQr() {
	}

	static String png(BankAccount account) {
		VietQrPayload payload = VietQrPayload.builder().bankBin(account.bin()).accountNumber(account.accountNumber()).build();
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(VietQrImage.png(payload));
	}

	static String payload(BankAccount account) {
		return VietQrPayload.builder().bankBin(account.bin()).accountNumber(account.accountNumber()).build().text();
	}

}
