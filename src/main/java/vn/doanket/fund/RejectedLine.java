package vn.doanket.fund;

/**
 * A statement record that could not be read, kept so that nothing disappears silently: the user sees each one with
 * its reason and can correct the file or enter the transaction by hand.
 *
 * @param lineNumber where the record starts, as in {@link StatementLine#lineNumber()}
 * @param rawText the record as it stands in the file
 * @param reasonCode a message code such as {@code error.statement.amountInvalid}
 */
public record RejectedLine(int lineNumber, String rawText, String reasonCode) {
}
