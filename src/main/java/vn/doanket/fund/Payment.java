package vn.doanket.fund;

import java.time.LocalDate;

import vn.doanket.shared.InvalidInputException;

/**
 * A payment proposal of a fund. Only a proposal may be decided, and never by the user who proposed it; only an
 * approved payment is posted to the ledger.
 */
public record Payment(long id, long fundId, LocalDate date, long amount, PaymentPurpose purpose, Channel channel,
		String beneficiaryName, PovertyStatus povertyStatus, String areaName, String description, PaymentStatus status,
		String proposedBy, String decidedBy, Long entryId) {

	void requireDecidableBy(String username) {
		if (status != PaymentStatus.PROPOSED) {
			throw InvalidInputException.of("status", "error.fund.paymentDecided");
		}
		if (proposedBy.equals(username)) {
			throw InvalidInputException.of("approver", "error.fund.ownProposal");
		}
	}

}
