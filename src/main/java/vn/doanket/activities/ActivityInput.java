package vn.doanket.activities;

import java.time.LocalDate;
import java.util.List;

import vn.doanket.shared.Checks;
import vn.doanket.shared.Problem;

/**
 * An activity as a unit records it. Which fields matter depends on the kind: propaganda has a channel, a language
 * and sessions; training a level and contents; a study tour a destination and lessons; conferences and coordination
 * programmes a theme.
 */
public record ActivityInput(String kind, String title, LocalDate heldOn, Long planItemId, Long communityModelId, String channel,
		String language, Integer sessions, Integer participants, Integer minorityParticipants, String audience, String level,
		String contents, String trainers, String destination, Boolean insideProvince, String lessons, String theme,
		String notes) {

	static final List<String> CHANNELS = List.of("PEOPLES_CONFERENCE", "FORUM", "MEETING", "ORGANISATION_SESSION", "WEBSITE",
			"ZALO", "FACEBOOK", "PANEL_POSTER", "LEAFLET", "LOUDSPEAKER");

	static final List<String> LEVELS = List.of("PROVINCE", "DISTRICT", "COMMUNE", "AREA");

	Checks check(LocalDate today) {
		Checks checks = new Checks().requireText(title, "title", 300);
		ActivityKind k = ActivityKind.parse(kind);
		if (k == null) {
			checks.add(Problem.field("kind", kind == null || kind.isBlank() ? "error.required" : "error.activity.kind", kind));
		}
		if (heldOn == null) {
			checks.add(Problem.field("heldOn", "error.required"));
		}
		else if (heldOn.isAfter(today) || heldOn.getYear() < 2003) {
			checks.add(Problem.field("heldOn", "error.activity.date"));
		}
		checks.require(sessions == null || sessions >= 0, "sessions", "error.negative");
		checks.require(participants == null || participants >= 0, "participants", "error.negative");
		checks.require(minorityParticipants == null || minorityParticipants >= 0, "minorityParticipants", "error.negative");
		checks.require(minorityParticipants == null || participants == null || minorityParticipants <= participants,
				"minorityParticipants", "error.activity.minorityAboveParticipants");
		if (k == ActivityKind.PROPAGANDA) {
			checks.require(channel != null && CHANNELS.contains(channel), "channel", channel == null ? "error.required" : "error.activity.channel", channel);
			checks.require(sessions != null && sessions >= 1, "sessions", "error.activity.sessions");
		}
		if (k == ActivityKind.TRAINING) {
			checks.require(level != null && LEVELS.contains(level), "level", "error.required");
			checks.requireText(contents, "contents", 1000);
		}
		if (k == ActivityKind.STUDY_TOUR) {
			checks.requireText(destination, "destination", 300);
		}
		if (k == ActivityKind.CONFERENCE || k == ActivityKind.COORDINATION) {
			checks.requireText(theme, "theme", 500);
		}
		return checks;
	}

	int count(Integer value) {
		return value == null ? 0 : value;
	}

}
