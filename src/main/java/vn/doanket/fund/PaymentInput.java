package vn.doanket.fund;

import java.time.LocalDate;

import vn.doanket.shared.Checks;

/** A payment proposal: what for, to which household (its poverty status and residential area), how much. */
public record PaymentInput(LocalDate date, Long amount, String purpose, String channel, String beneficiaryName,
		String povertyStatus, String areaName, String description) {

	Checks check() {
		Checks checks = new Checks();
		checks.require(date != null, "date", "error.required");
		checks.require(amount != null, "amount", "error.required");
		checks.require(amount == null || amount > 0, "amount", "error.fund.amountPositive");
		checks.require(Enums.parse(PaymentPurpose.class, purpose) != null, "paymentPurpose", "error.fund.invalidChoice");
		Channel c = Channel.parse(channel);
		checks.require(c == Channel.CASH || c == Channel.BANK_TRANSFER, "channel", "error.fund.invalidChoice");
		checks.requireText(beneficiaryName, "beneficiaryName", 200);
		checks.require(Enums.parse(PovertyStatus.class, povertyStatus) != null, "povertyStatus", "error.fund.invalidChoice");
		checks.requireText(areaName, "areaName", 200);
		checks.require(description == null || description.length() <= 500, "description", "error.tooLong", 500);
		return checks;
	}

}
