package vn.doanket.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.doanket.shared.Checks;
import vn.doanket.shared.Problem;
import vn.doanket.units.AdminUnit;

/**
 * Validates a plan before it is saved and fills what may be left out: the symbol (KH-MTTQ-BTT), the issuing bodies
 * from the issuer's unit, the place, the date (today), the campaign year (the date's), the timeframe normalised from
 * its wording. Every problem is collected, named by field and, for sections, items and recipients, by row.
 */
final class PlanChecks {

	private static final String SYMBOL = "[\\p{L}\\p{N}][\\p{L}\\p{N}.\\-]*";

	private PlanChecks() {
	}

	static PlanData normalise(PlanData plan, AdminUnit issuer, LocalDate today) {
		Checks checks = new Checks();
		String symbol = blank(plan.symbol()) ? ProposalMapping.DEFAULT_SYMBOL : plan.symbol().strip();
		checks.require(symbol.length() <= 60 && symbol.matches(SYMBOL), "symbol", "error.plan.symbol", symbol);
		checks.require(plan.number() == null || plan.number() > 0, "number", "error.plan.numberPositive");
		LocalDate issuedOn = plan.issuedOn() == null ? today : plan.issuedOn();
		int year = plan.campaignYear() == null ? issuedOn.getYear() : plan.campaignYear();
		checks.require(year >= 2000 && year <= 2100, "campaignYear", "error.plan.year");
		String title = text(plan.title());
		checks.requireText(title, "title", 1000);
		String place = blank(plan.place()) ? placeOf(issuer) : plan.place().strip();
		checks.require(place.length() <= 100, "place", "error.tooLong", 100);
		String parentBody = blank(plan.parentBody()) ? "ỦY BAN MTTQ VIỆT NAM " + issuer.name().toUpperCase(Locale.ROOT)
				: plan.parentBody().strip();
		String issuingBody = blank(plan.issuingBody()) ? "BAN THƯỜNG TRỰC" : plan.issuingBody().strip();
		List<PlanData.Section> sections = new ArrayList<>();
		int itemRow = 0;
		for (int s = 0; s < plan.sections().size(); s++) {
			PlanData.Section section = plan.sections().get(s);
			if (blank(section.title())) {
				checks.add(Problem.cell(s + 1, "sectionTitle", "error.required"));
			}
			else if (section.title().length() > 1000) {
				checks.add(Problem.cell(s + 1, "sectionTitle", "error.tooLong", 1000));
			}
			if (section.label() != null && section.label().strip().length() > 20) {
				checks.add(Problem.cell(s + 1, "label", "error.tooLong", 20));
			}
			for (PlanData.Party party : section.parties()) {
				if (blank(party.name()) || party.name().length() > 500) {
					checks.add(Problem.cell(s + 1, "partyName", blank(party.name()) ? "error.required" : "error.tooLong", 500));
				}
			}
			List<PlanData.Item> items = new ArrayList<>();
			for (PlanData.Item item : section.items()) {
				itemRow++;
				items.add(item(item, year, itemRow, checks));
			}
			sections.add(new PlanData.Section(section.id(), text(section.label()), text(section.title()), section.kind(),
					section.text(), items, section.parties(), false));
		}
		for (int r = 0; r < plan.recipients().size(); r++) {
			String name = plan.recipients().get(r).name();
			if (blank(name) || name.length() > 500) {
				checks.add(Problem.cell(r + 1, "recipientName", blank(name) ? "error.required" : "error.tooLong", 500));
			}
		}
		for (int b = 0; b < plan.legalBases().size(); b++) {
			if (blank(plan.legalBases().get(b).text())) {
				checks.add(Problem.cell(b + 1, "legalBasis", "error.required"));
			}
		}
		checks.require(parentBody.length() <= 300, "parentBody", "error.tooLong", 300)
			.require(issuingBody.length() <= 300, "issuingBody", "error.tooLong", 300);
		PlanData.Signer given = plan.signer();
		if (given != null) {
			checks.require(given.authority() == null || given.authority().length() <= 200, "signer", "error.tooLong", 200)
				.require(given.position() == null || given.position().length() <= 200, "signer", "error.tooLong", 200)
				.require(given.name() == null || given.name().length() <= 200, "signer", "error.tooLong", 200);
		}
		checks.throwIfAny();
		PlanData.Signer signer = plan.signer() == null || (blank(plan.signer().name()) && blank(plan.signer().position()))
				? null : plan.signer();
		return new PlanData(plan.id(), issuer.id(), issuer.name(), "KH", plan.number(), symbol, null, place, issuedOn,
				title, plan.summary(), year, parentBody, issuingBody, plan.legalBases(), plan.introduction(), sections,
				plan.closing(), signer, plan.recipients(), plan.status(), plan.version(), plan.previousId(),
				plan.supersededBy(), plan.parentPlanId(), plan.deriveBy(), null, false);
	}

	static PlanData.Item item(PlanData.Item item, int year, int row, Checks checks) {
		if (blank(item.title())) {
			checks.add(Problem.cell(row, "itemTitle", "error.required"));
		}
		if (item.label() != null && item.label().strip().length() > 20) {
			checks.add(Problem.cell(row, "label", "error.tooLong", 20));
		}
		if (item.timeframe() != null && item.timeframe().text() != null && item.timeframe().text().length() > 500) {
			checks.add(Problem.cell(row, "timeframe", "error.tooLong", 500));
		}
		if (!blank(item.title()) && item.title().length() > 1000) {
			checks.add(Problem.cell(row, "itemTitle", "error.tooLong", 1000));
		}
		for (Integer content : item.campaignContents()) {
			if (content == null || content < 1 || content > 5) {
				checks.add(Problem.cell(row, "campaignContents", "error.plan.campaignContent"));
			}
		}
		Timeframe timeframe = timeframe(item.timeframe(), year);
		if (timeframe != null) {
			boolean ok = switch (timeframe.kind()) {
				case RANGE -> timeframe.start() != null && timeframe.end() != null && !timeframe.start().isAfter(timeframe.end());
				case DEADLINE -> timeframe.end() != null;
				default -> true;
			};
			if (!ok) {
				checks.add(Problem.cell(row, "timeframe", "error.plan.timeframe"));
			}
		}
		return new PlanData.Item(item.id(), text(item.label()), text(item.title()), item.content(), item.form(),
				item.details(), item.campaignContents().stream().distinct().sorted().toList(), item.activityKind(),
				timeframe, item.responsible(), item.coordinating(), item.parentItemId(), false);
	}

	/** A timeframe given only by its wording is normalised here; a given kind and dates are kept. */
	static Timeframe timeframe(Timeframe timeframe, int year) {
		if (timeframe == null || (timeframe.kind() == null && blank(timeframe.text()) && timeframe.end() == null)) {
			return null;
		}
		if (timeframe.kind() == null) {
			if (!blank(timeframe.text())) {
				return TimeframeParser.parse(timeframe.text(), year);
			}
			return timeframe.start() == null ? Timeframe.deadline(timeframe.end(), "")
					: Timeframe.range(timeframe.start(), timeframe.end(), "");
		}
		return timeframe;
	}

	/** "Kon Tum" for "Tỉnh Kon Tum", "Đắk Glei" for "Huyện Đắk Glei". */
	static String placeOf(AdminUnit unit) {
		return unit.name().replaceFirst("^(Tỉnh|Thành phố|Huyện|Thị xã|Quận|Xã|Phường|Thị trấn)\\s+", "");
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String text(String value) {
		return value == null ? null : value.strip();
	}

}
