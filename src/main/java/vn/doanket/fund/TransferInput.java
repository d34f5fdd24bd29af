package vn.doanket.fund;

import java.time.LocalDate;

import vn.doanket.shared.Checks;

/** Money sent to the fund of another level. */
public record TransferInput(Long toFundId, LocalDate date, Long amount, String description) {

	Checks check() {
		Checks checks = new Checks();
		checks.require(toFundId != null, "toFundId", "error.required");
		checks.require(date != null, "date", "error.required");
		checks.require(amount != null, "amount", "error.required");
		checks.require(amount == null || amount > 0, "amount", "error.fund.amountPositive");
		checks.require(description == null || description.length() <= 500, "description", "error.tooLong", 500);
		return checks;
	}

}
