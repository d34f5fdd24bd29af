package vn.doanket.plans;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.doanket.documents.Block;
import vn.doanket.documents.Distribution;
import vn.doanket.documents.DocumentNumber;
import vn.doanket.documents.DocxRenderer;
import vn.doanket.documents.Letterhead;
import vn.doanket.documents.OfficialDocument;
import vn.doanket.documents.PdfRenderer;
import vn.doanket.documents.Recipient;
import vn.doanket.documents.Signature;

/**
 * A plan as an official document (Nghị định 30/2020): the letterhead from its issuer, number, place and date; the
 * legal bases and introduction; each section with its items ("Nội dung:", "Hình thức:", "Thời gian thực hiện:"),
 * or its parties for the organisation section; the signature and "Nơi nhận". Written so that importing the Word file
 * gives back the same structure.
 */
@Service
class PlanExport {

	private final PlanQueries queries;

	private final DocxRenderer docx = new DocxRenderer();

	private final PdfRenderer pdf = new PdfRenderer();

	PlanExport(PlanQueries queries) {
		this.queries = queries;
	}

	byte[] docx(long planId) {
		return docx.render(document(queries.get(planId)));
	}

	byte[] pdf(long planId) {
		return pdf.render(document(queries.get(planId)));
	}

	/** A file name such as "ke-hoach-05-2023.docx". */
	String filename(long planId, String extension) {
		PlanData plan = queries.get(planId);
		String number = plan.number() == null ? "du-thao" : String.valueOf(plan.number());
		return "ke-hoach-" + number + "-" + plan.issuedOn().getYear() + "." + extension;
	}

	static OfficialDocument document(PlanData plan) {
		DocumentNumber number = new DocumentNumber(plan.number(), plan.symbol());
		Letterhead letterhead = new Letterhead(plan.parentBody(), plan.issuingBody(), number, plan.place(), plan.issuedOn());
		List<String> summary = plan.summary().stream().filter(s -> !s.isBlank()).toList();
		return new OfficialDocument(letterhead, "KẾ HOẠCH", summary.isEmpty() ? List.of(plan.title()) : summary,
				body(plan), signature(plan.signer()), distribution(plan.recipients()));
	}

	static List<Block> body(PlanData plan) {
		List<Block> blocks = new ArrayList<>();
		plan.legalBases().forEach(basis -> paragraph(blocks, basis.text()));
		plan.introduction().forEach(line -> paragraph(blocks, line));
		for (PlanData.Section section : plan.sections()) {
			blocks.add(new Block.Heading(1, numbered(section.label()), section.title()));
			if (section.text() != null) {
				for (String line : section.text().split("\n")) {
					if (!line.isBlank()) {
						blocks.add(new Block.Bullet(line));
					}
				}
			}
			section.items().forEach(item -> item(blocks, item));
			int n = 1;
			for (PlanData.Party party : section.parties()) {
				blocks.add(new Block.Heading(2, (n++) + ".", party.name().endsWith(":") ? party.name() : party.name() + ":"));
				party.tasks().stream().filter(t -> !t.isBlank()).forEach(task -> blocks.add(new Block.Bullet(task)));
			}
		}
		plan.closing().forEach(line -> paragraph(blocks, line));
		return blocks;
	}

	private static void item(List<Block> blocks, PlanData.Item item) {
		blocks.add(new Block.Heading(item.depth() == 0 ? 2 : 3, numbered(item.label()), item.title()));
		bullet(blocks, "Nội dung: ", item.content());
		if (item.details() != null) {
			for (String line : item.details().split("\n")) {
				if (!line.isBlank() && !line.strip().equals(item.title())) {
					blocks.add(new Block.Bullet(line));
				}
			}
		}
		bullet(blocks, "Hình thức: ", item.form());
		Timeframe timeframe = item.timeframe();
		if (timeframe != null) {
			bullet(blocks, "Thời gian thực hiện: ", timeframe.text() == null || timeframe.text().isBlank()
					? TimeframeText.describe(timeframe) : timeframe.text());
		}
	}

	private static void bullet(List<Block> blocks, String lead, String text) {
		if (text != null && !text.isBlank()) {
			blocks.add(new Block.Bullet(lead + text.strip()));
		}
	}

	private static void paragraph(List<Block> blocks, String text) {
		if (text != null && !text.isBlank()) {
			blocks.add(Block.Paragraph.of(text));
		}
	}

	private static String numbered(String label) {
		if (label == null || label.isBlank()) {
			return null;
		}
		return label.endsWith(".") ? label : label + ".";
	}

	static Signature signature(PlanData.Signer signer) {
		String authority = signer == null || signer.authority() == null ? "TM. BAN THƯỜNG TRỰC" : signer.authority();
		String position = signer == null || signer.position() == null || signer.position().isBlank() ? "CHỦ TỊCH"
				: signer.position();
		String name = signer == null || signer.name() == null || signer.name().isBlank() ? "…" : signer.name();
		return new Signature(authority.isBlank() ? null : authority, position, name);
	}

	static Distribution distribution(List<PlanData.Recipient> recipients) {
		List<Recipient> lines = new ArrayList<>();
		String archive = "VT";
		for (PlanData.Recipient r : recipients) {
			switch (r.purpose()) {
				case LUU -> archive = r.name();
				case B_C -> lines.add(new Recipient(r.name(), Recipient.Purpose.REPORT));
				case T_H -> lines.add(new Recipient(r.name(), Recipient.Purpose.IMPLEMENT));
				case P_H -> lines.add(new Recipient(r.name(), Recipient.Purpose.COORDINATE));
				default -> lines.add(Recipient.of(r.name()));
			}
		}
		return new Distribution(lines, archive);
	}

}
