package vn.doanket.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.doanket.plans.importing.LegalBasis;
import vn.doanket.plans.importing.PlanHeader;
import vn.doanket.plans.importing.ProposedItem;
import vn.doanket.plans.importing.ProposedPlan;
import vn.doanket.plans.importing.ProposedSection;
import vn.doanket.plans.importing.ResponsibleParty;
import vn.doanket.plans.importing.Signature;
import vn.doanket.shared.TextFolding;

/**
 * Turns the parser's proposal into the shape the API saves ({@link PlanData}): sub-items follow their item with
 * labels such as "2.1", the parties of the organisation section stay on that section, "Lưu" becomes a recipient with
 * the archive purpose, and a recipient naming the committees of the level below is delivered to all of them.
 */
final class ProposalMapping {

	static final String DEFAULT_SYMBOL = "KH-MTTQ-BTT";

	private ProposalMapping() {
	}

	static PlanData toData(ProposedPlan plan) {
		PlanHeader header = plan.header();
		Integer number = null;
		String symbol = DEFAULT_SYMBOL;
		if (header.documentNumber() != null) {
			String[] parts = header.documentNumber().split("/", 2);
			if (parts.length == 2 && parts[0].strip().matches("\\d{1,6}") && !parts[1].isBlank()) {
				number = Integer.valueOf(parts[0].strip());
				symbol = parts[1].strip().replaceAll("\\s+", "");
			}
		}
		List<String> summary = header.summary();
		String title = header.title() != null ? header.title() : String.join(" ", summary);
		List<PlanData.Basis> bases = plan.legalBases().stream().map(ProposalMapping::basis).toList();
		List<PlanData.Section> sections = plan.sections().stream().map(ProposalMapping::section).toList();
		List<String> introduction = new ArrayList<>(header.unplaced());
		introduction.addAll(plan.introduction());
		return new PlanData(null, null, null, "KH", number, symbol, null, header.place(), header.issuedOn(), title,
				summary, plan.year(), header.parentBody(), header.issuingBody(), bases, introduction, sections,
				plan.closing(), signer(plan.signature()), recipients(plan.recipients()), null, null, null, null, null,
				null, null, plan.needsReview());
	}

	private static PlanData.Basis basis(LegalBasis basis) {
		return new PlanData.Basis(basis.text(), basis.documentNumber(), basis.date(), basis.issuer(), basis.title());
	}

	private static PlanData.Section section(ProposedSection section) {
		List<PlanData.Item> items = new ArrayList<>();
		for (ProposedItem item : section.items()) {
			items.add(item(item));
			item.subItems().forEach(sub -> items.add(item(sub)));
		}
		List<PlanData.Party> parties = section.responsibleParties().stream().map(ProposalMapping::party).toList();
		PlanData.SectionKind kind = PlanData.SectionKind.valueOf(section.kind().name());
		return new PlanData.Section(null, section.label(), section.title() == null ? "" : section.title(), kind,
				String.join("\n", section.text()), items, parties, section.needsReview());
	}

	private static PlanData.Item item(ProposedItem item) {
		List<String> details = item.lines()
			.stream()
			.filter(line -> line.kind() == ProposedItem.ItemLine.Kind.DETAIL)
			.map(ProposedItem.ItemLine::text)
			.toList();
		String title = item.title() == null || item.title().isBlank() ? String.join(" ", details) : item.title();
		return new PlanData.Item(null, item.label(), title, item.content(), item.form(), String.join("\n", details),
				item.campaignContents(), item.activityKind(), item.timeframe(), List.of(), List.of(), null,
				item.needsReview());
	}

	private static PlanData.Party party(ResponsibleParty party) {
		PlanData.PartyKind kind = PlanData.PartyKind.valueOf(party.kind().name());
		return new PlanData.Party(kind, party.name(), null, null, party.tasks());
	}

	private static PlanData.Signer signer(Signature signature) {
		if (signature == null) {
			return null;
		}
		return new PlanData.Signer(String.join(" ", signature.authority()), signature.position(), signature.name());
	}

	static List<PlanData.Recipient> recipients(List<vn.doanket.plans.importing.Recipient> recipients) {
		return recipients.stream().map(r -> {
			PlanData.Purpose purpose = PlanData.Purpose.valueOf(r.purpose().name());
			String name = purpose == PlanData.Purpose.LUU ? archiveText(r) : r.name();
			return new PlanData.Recipient(name, purpose, delivery(name, purpose), null);
		}).toList();
	}

	/** "VP, BPT" out of "Lưu: VP, BPT.". */
	private static String archiveText(vn.doanket.plans.importing.Recipient recipient) {
		String text = recipient.name().replaceFirst("(?i)^\\s*l[ưu]u\\s*:?\\s*", "").strip();
		return text.endsWith(".") ? text.substring(0, text.length() - 1).strip() : text;
	}

	/** Committees of the level below ("các huyện, thành phố", "cấp xã") get the plan in their inbox. */
	static PlanData.Delivery delivery(String name, PlanData.Purpose purpose) {
		if (purpose == PlanData.Purpose.LUU || name == null) {
			return PlanData.Delivery.NONE;
		}
		String folded = TextFolding.fold(name).toLowerCase(Locale.ROOT);
		boolean lower = folded.matches(".*\\b(cac|cap) (huyen|xa|phuong|thi tran|thi xa)\\b.*")
				|| folded.contains("huyen, thanh pho") || folded.contains("xa, phuong");
		return lower ? PlanData.Delivery.LOWER : PlanData.Delivery.NONE;
	}

}
