package vn.doanket.activities;

import java.time.LocalDate;
import java.util.List;

/** A recorded activity with its attachments. */
public record Activity(long id, long unitId, String unitName, Long memberOrgId, ActivityKind kind, String title, LocalDate heldOn,
		Long planItemId, Long communityModelId, String channel, String language, Integer sessions, int participants,
		int minorityParticipants, String audience, String level, String contents, String trainers, String destination,
		Boolean insideProvince, String lessons, String theme, String notes, List<Attachment> attachments) {

	/** A photo or document attached to an activity. */
	public record Attachment(long id, String fileName, String contentType, long sizeBytes, String sha256) {

		public boolean image() {
			return contentType.startsWith("image/");
		}

	}

}
