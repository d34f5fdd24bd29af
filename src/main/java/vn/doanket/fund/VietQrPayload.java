package vn.doanket.fund;

import java.util.regex.Pattern;

import vn.doanket.shared.Checks;

/**
 * A VietQR code for a bank transfer to an account (NAPAS "QRIBFTTA" service, EMVCo merchant-presented format), with an
 * optional amount in whole đồng and an optional purpose that the donor's bank copies into the transfer description,
 * so that the statement line can be matched to the donation.
 * <p>
 * The payload holds, in this order: 00 payload format "01"; 01 point of initiation "11" (static, no amount) or "12"
 * (amount given); 38 merchant account information (00 GUID "A000000727", 01 beneficiary organisation with 00 bank BIN
 * and 01 account number, 02 service code "QRIBFTTA"); 53 currency "704"; 54 amount; 58 country "VN"; 62 additional
 * data with 08 purpose; 63 CRC-16/CCITT-FALSE of everything before it, including "6304".
 *
 * @param bankBin the beneficiary bank's six-digit NAPAS BIN, e.g. "970436" for Vietcombank
 * @param accountNumber the beneficiary account, 1–19 digits or upper-case letters
 * @param amount whole đồng, or {@code null} for a code the donor completes
 * @param purpose up to 25 upper-case letters without diacritics, digits and spaces, or {@code null}
 */
public record VietQrPayload(String bankBin, String accountNumber, Long amount, String purpose) {

	public static final int PURPOSE_MAX_LENGTH = 25;

	public static final long AMOUNT_MAX = 9_999_999_999_999L;

	static final String NAPAS_GUID = "A000000727";

	static final String SERVICE_ACCOUNT_TRANSFER = "QRIBFTTA";

	private static final Pattern BIN = Pattern.compile("\\d{6}");

	private static final Pattern ACCOUNT = Pattern.compile("[0-9A-Z]{1,19}");

	private static final Pattern PURPOSE = Pattern.compile("[A-Z0-9 ]*");

	public VietQrPayload {
		purpose = purpose == null || purpose.isBlank() ? null : purpose.strip();
		Checks checks = new Checks();
		checks.require(bankBin != null && BIN.matcher(bankBin).matches(), "bankBin", "error.vietqr.bankBin");
		checks.require(accountNumber != null && ACCOUNT.matcher(accountNumber).matches(), "accountNumber",
				"error.vietqr.accountNumber");
		checks.require(amount == null || (amount > 0 && amount <= AMOUNT_MAX), "amount", "error.vietqr.amount",
				AMOUNT_MAX);
		checks.require(purpose == null || (purpose.length() <= PURPOSE_MAX_LENGTH && PURPOSE.matcher(purpose).matches()),
				"purpose", "error.vietqr.purpose", PURPOSE_MAX_LENGTH);
		checks.throwIfAny();
	}

	public static Builder builder() {
		return new Builder();
	}

	/** The text to put in the QR code, CRC included. */
	public String text() {
		String beneficiary = Tlv.encode("00", bankBin) + Tlv.encode("01", accountNumber);
		String merchant = Tlv.encode("00", NAPAS_GUID) + Tlv.encode("01", beneficiary)
				+ Tlv.encode("02", SERVICE_ACCOUNT_TRANSFER);
		StringBuilder text = new StringBuilder()
			.append(Tlv.encode("00", "01"))
			.append(Tlv.encode("01", amount == null ? "11" : "12"))
			.append(Tlv.encode("38", merchant))
			.append(Tlv.encode("53", "704"));
		if (amount != null) {
			text.append(Tlv.encode("54", Long.toString(amount)));
		}
		text.append(Tlv.encode("58", "VN"));
		if (purpose != null) {
			text.append(Tlv.encode("62", Tlv.encode("08", purpose)));
		}
		text.append("6304");
		return text.append(Crc16.hex(text.toString())).toString();
	}

	@Override
	public String toString() {
		return text();
	}

	/** Builds a payload step by step; {@link #build()} validates everything at once. */
	public static final class Builder {

		private String bankBin;

		private String accountNumber;

		private Long amount;

		private String purpose;

		private Builder() {
		}

		public Builder bankBin(String bankBin) {
			this.bankBin = bankBin;
			return this;
		}

		public Builder accountNumber(String accountNumber) {
			this.accountNumber = accountNumber;
			return this;
		}

		public Builder amount(long dong) {
			this.amount = dong;
			return this;
		}

		public Builder purpose(String purpose) {
			this.purpose = purpose;
			return this;
		}

		public VietQrPayload build() {
			return new VietQrPayload(bankBin, accountNumber, amount, purpose);
		}

	}

}
