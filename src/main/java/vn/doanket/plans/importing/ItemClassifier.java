package vn.doanket.plans.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.doanket.plans.ActivityKind;
import vn.doanket.shared.TextFolding;

/**
 * Guesses from keywords which of the campaign's five contents an item serves and what kind of activity it is. Only a
 * proposal: the user confirms it.
 */
final class ItemClassifier {

	/** The five contents of the campaign and words that point to each. */
	private static final Map<Integer, List<String>> CONTENTS = Map.of(
			1, List.of("kinh te", "giam ngheo", "thoat ngheo", "sinh ke", "thu nhap", "lam giau", "san xuat", "ho ngheo",
					"can ngheo", "nguoi ngheo", "nha dai doan ket"),
			2, List.of("van hoa", "giao duc", "khuyen hoc", "y te", "suc khoe", "den on dap nghia", "tuong tro",
					"nep song", "the duc the thao"),
			3, List.of("moi truong", "bien doi khi hau", "xanh sach dep", "rac thai",
					"phan loai rac", "con duong hoa", "canh quan", "ve sinh"),
			4, List.of("phap luat", "an ninh", "trat tu", "an toan xa hoi", "tu quan", "toi pham", "bien phong",
					"hoa giai"),
			5, List.of("dan chu", "giam sat", "phan bien", "xay dung dang", "chinh quyen", "gop y", "hai long"));

	private static final List<String> ALL_CONTENTS = List.of("5 noi dung", "nam noi dung", "cac noi dung cuoc van dong");

	/** Checked in this order: the first kind whose words appear wins. */
	private static final Map<ActivityKind, List<String>> KINDS = new LinkedHashMap<>();

	static {
		KINDS.put(ActivityKind.UNITY_DAY, List.of("ngay hoi dai doan ket"));
		KINDS.put(ActivityKind.OTHER_FESTIVAL, List.of("ngay hoi"));
		KINDS.put(ActivityKind.TRAINING, List.of("tap huan", "boi duong"));
		KINDS.put(ActivityKind.STUDY_TOUR, List.of("hoc tap kinh nghiem", "trao doi kinh nghiem", "tham quan"));
		KINDS.put(ActivityKind.PROPAGANDA, List.of("tuyen truyen"));
		KINDS.put(ActivityKind.COMMUNITY_MODELS, List.of("mo hinh"));
		KINDS.put(ActivityKind.FUND, List.of("quy vi nguoi ngheo", "quy cuu tro", "quy an sinh", "ban van dong"));
		KINDS.put(ActivityKind.REVIEW_COMMENDATION, List.of("so ket", "tong ket", "khen thuong"));
		KINDS.put(ActivityKind.INSPECTION, List.of("kiem tra", "giam sat"));
		KINDS.put(ActivityKind.CONFERENCE, List.of("hoi nghi", "hoi thao", "toa dam"));
		KINDS.put(ActivityKind.COORDINATION, List.of("phoi hop"));
	}

	private ItemClassifier() {
	}

	/** The contents (1–5) the text speaks of; all five when it names "5 nội dung Cuộc vận động". */
	static List<Integer> contents(String text) {
		String folded = words(text);
		if (ALL_CONTENTS.stream().anyMatch(word -> folded.contains(" " + word + " "))) {
			return List.of(1, 2, 3, 4, 5);
		}
		List<Integer> found = new ArrayList<>();
		for (int content = 1; content <= 5; content++) {
			if (CONTENTS.get(content).stream().anyMatch(word -> folded.contains(" " + word + " "))) {
				found.add(content);
			}
		}
		return List.copyOf(found);
	}

	/**
	 * The kind named in the item's title; else the one named in its lines, unless they name three kinds or more
	 * ("Các nội dung khác"), which is {@link ActivityKind#OTHER}.
	 */
	static ActivityKind kind(String title, String body) {
		Set<ActivityKind> inTitle = kinds(title);
		if (!inTitle.isEmpty()) {
			return inTitle.iterator().next();
		}
		Set<ActivityKind> inBody = kinds(body);
		return inBody.isEmpty() || inBody.size() >= 3 ? ActivityKind.OTHER : inBody.iterator().next();
	}

	/** Folded words separated by single spaces, with a space at both ends so that whole words can be matched. */
	private static String words(String text) {
		return " " + TextFolding.fold(text).replaceAll("[^a-z0-9]+", " ").strip() + " ";
	}

	private static Set<ActivityKind> kinds(String text) {
		String folded = words(text);
		Set<ActivityKind> kinds = new LinkedHashSet<>();
		KINDS.forEach((kind, words) -> {
			if (words.stream().anyMatch(word -> folded.contains(" " + word + " "))) {
				kinds.add(kind);
			}
		});
		if (kinds.contains(ActivityKind.UNITY_DAY)) {
			kinds.remove(ActivityKind.OTHER_FESTIVAL);
		}
		return kinds;
	}

}
