package vn.doanket.fund;

import java.time.LocalDate;

import vn.doanket.shared.Checks;

/** A receipt as typed by the accountant. {@code inKindNote} describes goods received and how they were valued. */
public record ReceiptInput(LocalDate date, Long amount, String donorKind, String donorName, Boolean anonymous,
		String channel, String inKindNote, String appeal, String description) {

	Checks check() {
		Checks checks = new Checks();
		checks.require(date != null, "date", "error.required");
		checks.require(amount != null, "amount", "error.required");
		checks.require(amount == null || amount > 0, "amount", "error.fund.amountPositive");
		checks.require(Enums.parse(DonorKind.class, donorKind) != null, "donorKind", "error.fund.invalidChoice");
		checks.require(Channel.parse(channel) != null, "channel", "error.fund.invalidChoice");
		checks.require(Channel.parse(channel) != Channel.IN_KIND || (inKindNote != null && !inKindNote.isBlank()), "inKindNote",
				"error.fund.inKindValuation");
		DonorKind kind = Enums.parse(DonorKind.class, donorKind);
		checks.require(kind == DonorKind.ANONYMOUS || (donorName != null && !donorName.isBlank()), "donorName", "error.required");
		checks.require(donorName == null || donorName.length() <= 200, "donorName", "error.tooLong", 200);
		checks.require(description == null || description.length() <= 500, "description", "error.tooLong", 500);
		return checks;
	}

	EntryDetails details() {
		return EntryDetails.receipt(description == null || description.isBlank() ? "Thu ủng hộ" : description,
				donorName == null ? null : donorName.trim(), Enums.parse(DonorKind.class, donorKind),
				Boolean.TRUE.equals(anonymous), Channel.parse(channel), inKindNote, appeal, null);
	}

}
