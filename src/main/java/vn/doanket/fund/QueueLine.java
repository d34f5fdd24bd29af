package vn.doanket.fund;

import java.time.LocalDate;

/** A statement line in the queue: where it came from, what it says, how it stands and who settled it with what note. */
public record QueueLine(long id, long bankAccountId, String account, long importId, int lineNo, LocalDate date, long amount,
		String description, String reference, MatchStatus status, Long entryId, Long paymentId, String note,
		String resolvedBy) {

	public boolean credit() {
		return amount > 0;
	}

	public boolean waiting() {
		return status == MatchStatus.UNMATCHED || status == MatchStatus.ALERT;
	}

}
