package vn.doanket.fund;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One transaction read from a bank statement.
 *
 * @param lineNumber where the record starts: the physical line of a CSV file (a quoted description may run over
 * several lines) or the row number of a spreadsheet, the header being counted
 * @param date the transaction date
 * @param time the time of day, or {@code null} when the statement does not give it
 * @param amount whole đồng, positive for money received (credit), negative for money paid out (debit); never zero
 * @param description the transfer description with its whitespace collapsed to single spaces
 * @param reference the bank's document or transaction number, or {@code null}; not necessarily unique
 * @param balance the running balance after the transaction, or {@code null}
 * @param counterAccount the other party's account, or {@code null}
 * @param rawText the record as it stands in the file, for audit
 * @param fingerprint a stable key for recognising this transaction on a later import, see {@link StatementReader}
 */
public record StatementLine(int lineNumber, LocalDate date, LocalTime time, long amount, String description,
		String reference, Long balance, String counterAccount, String rawText, String fingerprint) {

	public boolean credit() {
		return amount > 0;
	}

}
