package vn.doanket.plans;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A plan as the API and the pages exchange it: the proposal of an import (not saved, {@code id} empty), the body of a
 * create or update, and a saved plan. Read-only fields ({@code id}, {@code status}, {@code version}, {@code numberText},
 * {@code issuerName}, {@code suggestedNumber}, {@code needsReview}…) are ignored on input.
 */
@Schema(description = "Kế hoạch: đầu văn bản, căn cứ, các phần với nhiệm vụ, người ký, nơi nhận")
record PlanData(Long id, Long issuerUnitId, String issuerName, String documentType, Integer number, String symbol,
		String numberText, String place, LocalDate issuedOn, String title, List<String> summary, Integer campaignYear,
		String parentBody, String issuingBody, List<Basis> legalBases, List<String> introduction, List<Section> sections,
		List<String> closing, Signer signer, List<Recipient> recipients, PlanStatus status, Integer version,
		Long previousId, Long supersededBy, Long parentPlanId, LocalDate deriveBy, Integer suggestedNumber,
		Boolean needsReview) {

	PlanData {
		summary = copy(summary);
		legalBases = copy(legalBases);
		introduction = copy(introduction);
		sections = copy(sections);
		closing = copy(closing);
		recipients = copy(recipients);
	}

	static <T> List<T> copy(List<T> list) {
		return list == null ? List.of() : list.stream().filter(java.util.Objects::nonNull).toList();
	}

	/** Every item of every section, in order. */
	List<Item> allItems() {
		return sections.stream().flatMap(s -> s.items().stream()).toList();
	}

	PlanData withSections(List<Section> newSections) {
		return new PlanData(id, issuerUnitId, issuerName, documentType, number, symbol, numberText, place, issuedOn,
				title, summary, campaignYear, parentBody, issuingBody, legalBases, introduction, newSections, closing,
				signer, recipients, status, version, previousId, supersededBy, parentPlanId, deriveBy, suggestedNumber,
				needsReview);
	}

	/** A "Thực hiện…" / "Căn cứ…" reference to a higher document. */
	record Basis(String text, String documentNumber, LocalDate date, String issuer, String title) {
	}

	/** A section ("II. NỘI DUNG THỰC HIỆN"): its free text, its items and, for the organisation section, who does what. */
	record Section(Long id, String label, String title, SectionKind kind, String text, List<Item> items,
			List<Party> parties, Boolean needsReview) {

		Section {
			items = copy(items);
			parties = copy(parties);
			kind = kind == null ? SectionKind.OTHER : kind;
		}

	}

	/**
	 * A task of the plan. {@code label} "1", "2.1"…; {@code campaignContents} the contents of the campaign (1–5) it
	 * serves; {@code parentItemId} the item of the upper plan it was derived from.
	 */
	record Item(Long id, String label, String title, String content, String form, String details,
			List<Integer> campaignContents, ActivityKind activityKind, Timeframe timeframe, List<Party> responsible,
			List<Party> coordinating, Long parentItemId, Boolean needsReview) {

		Item {
			campaignContents = copy(campaignContents);
			responsible = copy(responsible);
			coordinating = copy(coordinating);
			activityKind = activityKind == null ? ActivityKind.OTHER : activityKind;
		}

		/** 0 for "1", 1 for "2.1". */
		public int depth() {
			return label == null ? 0 : (int) label.chars().filter(c -> c == '.').count();
		}

	}

	/**
	 * Who carries out or coordinates: a level ({@code LOWER_COMMITTEES}: every committee below the issuer), the
	 * issuing committee itself, a member organisation (its code) or a named unit (its id).
	 */
	record Party(PartyKind kind, String name, String memberOrg, Long unitId, List<String> tasks) {

		Party {
			tasks = copy(tasks);
			kind = kind == null ? PartyKind.NAMED_UNIT : kind;
		}

	}

	/** "TM. BAN THƯỜNG TRỰC" / "CHỦ TỊCH" / the name. */
	record Signer(String authority, String position, String name) {
	}

	/**
	 * A line of "Nơi nhận": the name as printed, the purpose, and where the system delivers it: nowhere, one unit, or
	 * every committee one level below the issuer.
	 */
	record Recipient(String name, Purpose purpose, Delivery delivery, Long unitId) {

		Recipient {
			purpose = purpose == null ? Purpose.NONE : purpose;
			delivery = delivery == null ? Delivery.NONE : delivery;
		}

	}

	enum PlanStatus {

		DRAFT, ISSUED

	}

	enum SectionKind {

		PURPOSE, CONTENTS, FUNDING, ORGANISATION, OTHER

	}

	enum PartyKind {

		THIS_COMMITTEE, LOWER_COMMITTEES, MEMBER_ORGANISATIONS, MEMBER_ORG, NAMED_UNIT

	}

	/** To report to (B/c), to implement (T/h), to coordinate (P/h), archive (Lưu). */
	enum Purpose {

		B_C, T_H, P_H, LUU, NONE

	}

	enum Delivery {

		NONE, UNIT, LOWER

	}

}
