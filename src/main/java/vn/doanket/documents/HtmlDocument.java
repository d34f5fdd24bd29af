package vn.doanket.documents;

import java.util.List;

/**
 * The XHTML and CSS of a document for the PDF: the same layout as the Word file, in Liberation Serif (metrically the
 * same as Times New Roman).
 */
final class HtmlDocument {

	static final String FONT_FAMILY = "Liberation Serif";

	private static final String CSS = """
			@page { size: 210mm 297mm; margin: %dmm %dmm %dmm %dmm;
			  @top-center { content: counter(page); font-family: '%s'; font-size: 13pt; vertical-align: bottom;
			    padding-bottom: 5mm; } }
			@page :first { @top-center { content: none; } }
			body { font-family: '%s'; font-size: 14pt; margin: 0; }
			p { margin: 0; }
			table { border-collapse: collapse; table-layout: fixed; width: 100%%; }
			td { vertical-align: top; padding: 0 1mm; }
			.c { text-align: center; } .b { font-weight: bold; } .i { font-style: italic; }
			.u { text-decoration: underline; }
			.s11 { font-size: 11pt; } .s12 { font-size: 12pt; } .s13 { font-size: 13pt; }
			.rule { border-top: 0.75pt solid black; height: 0; margin: 1pt auto 0 auto; }
			.number { margin-top: 4pt; }
			.type { margin-top: 24pt; }
			.body { text-align: justify; text-indent: 1.27cm; margin-top: 6pt; }
			table.grid { margin-top: 6pt; -fs-table-paginate: paginate; }
			tr { page-break-inside: avoid; }
			table.grid td { border: 0.75pt solid black; font-size: 13pt; padding: 2pt 3pt; }
			table.closing { margin-top: 14pt; page-break-inside: avoid; }
			.signing { height: %dem; }
			""";

	private final StringBuilder out = new StringBuilder(16_384);

	private HtmlDocument() {
	}

	static String of(OfficialDocument document) {
		HtmlDocument html = new HtmlDocument();
		html.write(document);
		return html.out.toString();
	}

	private void write(OfficialDocument document) {
		out.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\"><head><title>")
			.append(Html.text(document.type()))
			.append("</title><style>")
			.append(String.format(java.util.Locale.ROOT, CSS, PageLayout.TOP_MM, PageLayout.RIGHT_MM,
					PageLayout.BOTTOM_MM, PageLayout.LEFT_MM, FONT_FAMILY, FONT_FAMILY, DocxClosing.SIGNING_LINES))
			.append("</style></head><body>");
		letterhead(document.letterhead());
		p("c b type", document.type());
		document.summary().forEach(line -> p("c b", line));
		out.append("<div class=\"rule\" style=\"width: 40mm\"></div>");
		document.body().forEach(this::block);
		closing(document.signature(), document.distribution());
		out.append("</body></html>");
	}

	private void letterhead(Letterhead head) {
		int right = PageLayout.WIDTH_MM - PageLayout.LEFT_MM - PageLayout.RIGHT_MM - PageLayout.LETTERHEAD_LEFT_MM;
		out.append("<table><tr><td style=\"width: ").append(PageLayout.LETTERHEAD_LEFT_MM).append("mm\">");
		head.parentBodyLines().forEach(line -> p("c s13", line));
		head.issuingBodyLines().forEach(line -> p("c b s13", line));
		out.append("<div class=\"rule\" style=\"width: 20mm\"></div>");
		out.append("</td><td style=\"width: ").append(right).append("mm\">");
		p("c b s12", Letterhead.NATIONAL_TITLE);
		markup("c b s13", "<span class=\"u\">" + Html.text(Letterhead.MOTTO) + "</span>");
		out.append("</td></tr><tr><td>");
		p("c s13 number", head.number().line());
		out.append("</td><td>");
		p("c i number", head.placeAndDate());
		out.append("</td></tr></table>");
	}

	private void block(Block block) {
		if (block instanceof Block.Heading heading) {
			p("body b" + (heading.level() == 3 ? " i" : ""), heading.display());
		}
		else if (block instanceof Block.Paragraph paragraph) {
			String lead = paragraph.lead() == null ? "" : "<b>" + Html.text(paragraph.lead()) + "</b> ";
			markup("body", lead + Html.text(paragraph.text()));
		}
		else if (block instanceof Block.Bullet bullet) {
			p("body", bullet.display());
		}
		else if (block instanceof Block.Table table) {
			table(table);
		}
	}

	private void table(Block.Table table) {
		out.append("<table class=\"grid\"><thead><tr>");
		table.header().forEach(cell -> out.append("<td class=\"c b\">").append(Html.text(cell)).append("</td>"));
		out.append("</tr></thead><tbody>");
		for (List<String> row : table.rows()) {
			out.append("<tr>");
			row.forEach(cell -> out.append("<td>").append(Html.text(cell)).append("</td>"));
			out.append("</tr>");
		}
		out.append("</tbody></table>");
	}

	private void closing(Signature signature, Distribution distribution) {
		out.append("<table class=\"closing\"><tr><td style=\"width: 50%\">");
		p("b i s12", Distribution.HEADING);
		distribution.lines().forEach(line -> p("s11", line));
		out.append("</td><td style=\"width: 50%\">");
		if (signature.authority() != null) {
			p("c b", signature.authority());
		}
		p("c b", signature.position());
		out.append("<div class=\"signing\"></div>");
		p("c b", signature.signer());
		out.append("</td></tr></table>");
	}

	/** A paragraph of plain text, escaped here. */
	private void p(String classes, String text) {
		markup(classes, Html.text(text));
	}

	/** A paragraph of markup whose text the caller has escaped. */
	private void markup(String classes, String markup) {
		out.append("<p class=\"").append(classes).append("\">").append(markup).append("</p>");
	}

}
