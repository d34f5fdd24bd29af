package vn.doanket.fund;

import java.util.List;

/** What one statement import did, with the rows it could not read (kept so that they can be fixed later). */
public record StatementImport(long id, long fundId, long bankAccountId, String filename, String mapping, int read,
		int imported, int duplicates, int rejectedCount, String createdBy, List<Rejection> rejected) {

	/** A row that could not be read: line number, the row as it stands, the reason's message code. */
	public record Rejection(int line, String rawText, String reason) {
	}

}
