package vn.doanket.fund;

import vn.doanket.shared.Checks;

/**
 * A bank account of a fund as typed: the bank (its name is taken from the BIN when left empty), the BIN from the VietQR
 * bank list, the account number (digits only), the holder's name, and optionally the statement preset used for it.
 */
public record BankAccountInput(String bankName, String bin, String accountNumber, String holderName, String mappingName) {

	Checks check() {
		Checks checks = new Checks();
		checks.require(bankName == null || bankName.length() <= 200, "bankName", "error.tooLong", 200);
		checks.require(bin != null && bin.trim().matches("\\d{6}"), "bin", "error.fund.binInvalid");
		checks.require(bin == null || !bin.trim().matches("\\d{6}") || VietQrBanks.find(bin).isPresent(), "bin",
				"error.fund.binUnknown", bin == null ? "" : bin.trim());
		checks.require(accountNumber != null && accountNumber.trim().matches("\\d{1,19}"), "accountNumber",
				"error.fund.accountInvalid");
		checks.requireText(holderName, "holderName", 200);
		checks.require(mappingName == null || mappingName.isBlank() || StatementMapping.preset(mappingName).isPresent(),
				"mappingName", "error.fund.unknownPreset");
		return checks;
	}

	/** The bank's name as typed, or the VietQR list's short name for the BIN. */
	String bankNameOrListed() {
		if (bankName != null && !bankName.isBlank()) {
			return bankName.trim();
		}
		return VietQrBanks.find(bin).map(VietQrBanks.Bank::shortName).orElse("");
	}

	String mappingOrNull() {
		return mappingName == null || mappingName.isBlank() ? null : mappingName.trim();
	}

}
