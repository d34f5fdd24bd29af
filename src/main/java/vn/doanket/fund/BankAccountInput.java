package vn.doanket.fund;

import vn.doanket.shared.Checks;

/** A bank account to add to a fund. */
public record BankAccountInput(String bankName, String bin, String accountNumber, String holderName, String mappingName) {

	Checks check() {
		Checks checks = new Checks();
		checks.requireText(bankName, "bankName", 200);
		checks.require(bin != null && bin.trim().matches("\\d{6}"), "bin", "error.fund.binInvalid");
		checks.require(accountNumber != null && accountNumber.trim().matches("[0-9A-Z]{1,19}"), "accountNumber",
				"error.fund.accountInvalid");
		checks.requireText(holderName, "holderName", 200);
		checks.require(mappingName == null || StatementMapping.preset(mappingName).isPresent(), "mappingName",
				"error.fund.unknownPreset");
		return checks;
	}

}
