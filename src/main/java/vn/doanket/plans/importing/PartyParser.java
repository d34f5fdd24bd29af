package vn.doanket.plans.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.doanket.plans.importing.ProposedItem.ItemLine;
import vn.doanket.shared.TextFolding;

/**
 * Turns the items of the organisation section ("1. Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh:") into responsible
 * parties and tells this committee, the committees below it, the member organisations and other units apart.
 */
final class PartyParser {

	private static final List<String> MEMBER_WORDS = List.of("to chuc thanh vien", "doan the", "cac hoi",
			"hoi nong dan", "hoi lien hiep phu nu", "hoi cuu chien binh", "doan thanh nien", "cong doan");

	private static final Pattern LOWER = Pattern.compile("\\b(cac|cap) (tinh|huyen|quan|thi xa|thanh pho|xa|phuong|thi tran|"
			+ "co so|cap)\\b|\\bco so\\b|\\bkhu dan cu\\b|\\bban cong tac mat tran\\b|\\b(huyen|quan) (thanh pho|thi xa)\\b"
			+ "|\\bxa (phuong|thi tran)\\b");

	private static final Pattern COMMITTEE = Pattern.compile("\\b(ban thuong truc|thuong truc|uy ban mttq|uy ban mat tran|"
			+ "mat tran to quoc|mttq|uy ban)\\b");

	private static final Pattern UNIT_WORD = Pattern.compile("\\b(tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran)\\b");

	private PartyParser() {
	}

	/** The level of a body named in a text: 1 province, 2 district, 3 commune, {@code null} when none is named. */
	static Integer level(String text) {
		Matcher m = UNIT_WORD.matcher(words(text));
		if (!m.find()) {
			return null;
		}
		return switch (m.group(1)) {
			case "tinh" -> 1;
			case "thanh pho", "huyen", "quan", "thi xa" -> 2;
			default -> 3;
		};
	}

	static ResponsibleParty party(ItemDraft item, Integer issuerLevel) {
		String title = item.title;
		int colon = title.indexOf(':');
		String name = (colon >= 0 ? title.substring(0, colon) : title).strip();
		name = name.replaceFirst("^(?iu)(đề nghị|de nghi)\\s+", "");
		List<String> tasks = new ArrayList<>();
		if (colon >= 0 && !title.substring(colon + 1).isBlank()) {
			tasks.add(title.substring(colon + 1).strip());
		}
		item.lines.stream().map(ItemLine::text).forEach(tasks::add);
		for (ItemDraft sub : item.subItems) {
			tasks.add((sub.label == null ? "" : sub.label + ". ") + sub.title);
			sub.lines.stream().map(ItemLine::text).forEach(tasks::add);
		}
		return new ResponsibleParty(item.label, title, name.isEmpty() ? title : name, kind(name, issuerLevel),
				List.copyOf(tasks));
	}

	static ResponsibleParty.Kind kind(String name, Integer issuerLevel) {
		String words = words(name);
		if (MEMBER_WORDS.stream().anyMatch(word -> words.contains(" " + word + " "))) {
			return ResponsibleParty.Kind.MEMBER_ORGANISATIONS;
		}
		if (LOWER.matcher(words).find()) {
			return ResponsibleParty.Kind.LOWER_COMMITTEES;
		}
		Integer level = level(name);
		if (level != null && issuerLevel != null && level > issuerLevel) {
			return ResponsibleParty.Kind.LOWER_COMMITTEES;
		}
		if (COMMITTEE.matcher(words).find()) {
			return ResponsibleParty.Kind.THIS_COMMITTEE;
		}
		return ResponsibleParty.Kind.NAMED_UNIT;
	}

	private static String words(String text) {
		return " " + TextFolding.fold(text).replaceAll("[^a-z0-9]+", " ").strip() + " ";
	}

}
