package vn.doanket.reviews;

import java.util.List;

/**
 * The yearly review report (báo cáo sơ kết) of a unit as both the page and the Word file show it: numbered sections
 * with narrative paragraphs and tables of figures taken from the modules that exist.
 */
public record ReviewReport(long unitId, String unitCode, String unitName, int year, List<Section> sections) {

	/**
	 * One section: its number ("I.", "1."), level (1 or 2), title, paragraphs, tables, and for an editable narrative
	 * the key under which the officer's text is kept.
	 */
	public record Section(int level, String number, String title, String narrativeKey, List<String> paragraphs, List<Table> tables) {
	}

	/** A table with a header row. */
	public record Table(List<String> header, List<List<String>> rows) {
	}

}
