package vn.doanket.plans.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.doanket.plans.ActivityKind;
import vn.doanket.plans.Timeframe;
import vn.doanket.plans.TimeframeParser;
import vn.doanket.plans.importing.ProposedItem.ItemLine;

/** An item being read: its heading, its lines as they come, its sub-items. */
final class ItemDraft {

	private static final Pattern BRACKETED = Pattern.compile("\\(([^()]*)\\)");

	final String label;

	final String title;

	final List<ItemLine> lines = new ArrayList<>();

	final List<ItemDraft> subItems = new ArrayList<>();

	private boolean doubtful;

	ItemDraft(String label, String title, boolean doubtful) {
		this.label = label;
		this.title = title;
		this.doubtful = doubtful;
	}

	/** Adds a line of the item: "- Nội dung: …", "- Hình thức: …", "- Thời gian thực hiện: …" or any other. */
	void add(String line) {
		String text = Lines.unbulleted(line);
		String[] labelled = Lines.labelled(text);
		ItemLine.Kind kind = ItemLine.Kind.DETAIL;
		if (labelled != null) {
			if (labelled[0].startsWith("noi dung")) {
				kind = ItemLine.Kind.CONTENT;
			}
			else if (labelled[0].startsWith("hinh thuc")) {
				kind = ItemLine.Kind.FORM;
			}
			else if (labelled[0].startsWith("thoi gian") || labelled[0].startsWith("thoi han")) {
				kind = ItemLine.Kind.TIMEFRAME;
			}
		}
		lines.add(new ItemLine(kind, text.isEmpty() ? line : text));
	}

	void markDoubtful() {
		doubtful = true;
	}

	/** All text of the item and its sub-items, for keyword guesses. */
	String allText() {
		StringBuilder text = new StringBuilder(title);
		lines.forEach(line -> text.append('\n').append(line.text()));
		subItems.forEach(sub -> text.append('\n').append(sub.allText()));
		return text.toString();
	}

	/**
	 * The proposed item. {@code activities} tells whether the section lists activities (contents and kind are then
	 * guessed, and a missing timeframe needs review); {@code inherited} is the parent item's timeframe.
	 */
	ProposedItem build(int year, boolean activities, Timeframe inherited) {
		Timeframe timeframe = timeframe(year);
		Timeframe forSubItems = known(timeframe) ? timeframe : inherited;
		List<ProposedItem> subs = subItems.stream().map(sub -> sub.build(year, activities, forSubItems)).toList();
		List<Integer> contents = List.of();
		ActivityKind kind = null;
		boolean review = doubtful;
		if (activities) {
			TreeSet<Integer> all = new TreeSet<>(ItemClassifier.contents(allText()));
			contents = List.copyOf(all);
			StringBuilder body = new StringBuilder();
			lines.forEach(line -> body.append(line.text()).append('\n'));
			kind = ItemClassifier.kind(title, body.toString());
			review = review || (subs.isEmpty() && !known(timeframe) && !known(inherited));
		}
		return new ProposedItem(label, title, List.copyOf(lines), values(ItemLine.Kind.CONTENT),
				values(ItemLine.Kind.FORM), timeframe, contents, kind, subs, review);
	}

	/** From the "Thời gian…:" line; else from a bracket in the title ("(tháng 8 năm 2010)"); else {@code null}. */
	private Timeframe timeframe(int year) {
		for (ItemLine line : lines) {
			if (line.kind() == ItemLine.Kind.TIMEFRAME) {
				return TimeframeParser.parse(Lines.labelled(line.text())[1], year);
			}
		}
		Matcher m = BRACKETED.matcher(title);
		while (m.find()) {
			Timeframe bracketed = TimeframeParser.parse(m.group(1), year);
			if (known(bracketed)) {
				return bracketed;
			}
		}
		return null;
	}

	private static boolean known(Timeframe timeframe) {
		return timeframe != null && timeframe.kind() != Timeframe.Kind.UNKNOWN;
	}

	private String values(ItemLine.Kind kind) {
		List<String> values = lines.stream()
			.filter(line -> line.kind() == kind)
			.map(line -> Lines.labelled(line.text())[1])
			.filter(value -> !value.isEmpty())
			.toList();
		return values.isEmpty() ? null : String.join("\n", values);
	}

}
