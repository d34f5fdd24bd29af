package vn.doanket.audit;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;

/** Filters of the audit log search; empty strings and nulls mean "any". */
public record AuditQuery(String text, String entityType, LocalDate from, LocalDate to) {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	public AuditQuery {
		text = text == null ? "" : text.trim();
		entityType = entityType == null ? "" : entityType.trim();
	}

	Timestamp fromOrNull() {
		return from == null ? null : Timestamp.from(from.atStartOfDay(VIETNAM).toInstant());
	}

	Timestamp toOrNull() {
		return to == null ? null : Timestamp.from(to.plusDays(1).atStartOfDay(VIETNAM).toInstant());
	}

}
