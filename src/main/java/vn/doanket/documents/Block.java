package vn.doanket.documents;

import java.util.List;

/** One piece of a document's body, in reading order. */
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.Bullet, Block.Table {

	/**
	 * A numbered heading: level 1 "I. MỤC ĐÍCH - YÊU CẦU", level 2 "1. Công tác tuyên truyền", level 3 "2.1. Về công
	 * tác tập huấn".
	 *
	 * @param level 1 to 3; level 1 and 2 are bold, level 3 bold italic
	 * @param number the numbering as written ("I.", "1.", "2.1."), or {@code null}
	 * @param text the title
	 */
	record Heading(int level, String number, String text) implements Block {

		public Heading {
			if (level < 1 || level > 3) {
				throw new IllegalArgumentException("A heading level is 1, 2 or 3: " + level);
			}
			number = Texts.optional(number);
			text = Texts.required(text, "text");
		}

		/** The number and the title as printed. */
		public String display() {
			return number == null ? text : number + " " + text;
		}

	}

	/**
	 * A body paragraph, optionally opening with a bold run-in title ("1. Mục đích: Tiếp tục…").
	 *
	 * @param lead the bold opening, or {@code null}
	 * @param text the rest of the paragraph
	 */
	record Paragraph(String lead, String text) implements Block {

		public Paragraph {
			lead = Texts.optional(lead);
			text = Texts.required(text, "text");
		}

		public static Paragraph of(String text) {
			return new Paragraph(null, text);
		}

		/** The whole paragraph as printed. */
		public String display() {
			return lead == null ? text : lead + " " + text;
		}

	}

	/**
	 * A dash item ("- Thời gian thực hiện: Thường xuyên"); the text is given without the dash.
	 *
	 * @param text the item
	 */
	record Bullet(String text) implements Block {

		public Bullet {
			text = Texts.required(text, "text");
			if (text.startsWith("- ")) {
				text = text.substring(2).strip();
			}
		}

		/** "- " and the text. */
		public String display() {
			return "- " + text;
		}

	}

	/**
	 * A simple table with a header row; every row has as many cells as the header (cells may be empty).
	 *
	 * @param header the column titles
	 * @param rows the data rows
	 */
	record Table(List<String> header, List<List<String>> rows) implements Block {

		public Table {
			header = Texts.requiredAll(header, "header");
			if (header.isEmpty() || rows == null) {
				throw new IllegalArgumentException("A table needs a header and rows");
			}
			int columns = header.size();
			rows = rows.stream().map(row -> {
				if (row == null || row.size() != columns) {
					throw new IllegalArgumentException("Every row needs " + columns + " cells: " + row);
				}
				return row.stream().map(cell -> cell == null ? "" : Texts.nfc(cell.strip())).toList();
			}).toList();
		}

	}

}
