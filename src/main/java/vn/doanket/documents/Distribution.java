package vn.doanket.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * "Nơi nhận:" — the recipients, one a line, then where the original is filed ("Lưu: VT, BPT.").
 *
 * @param recipients the recipients in the order they are listed
 * @param archive the filing line after "Lưu: ", e.g. "VT, BPT" (VT is the records office)
 */
public record Distribution(List<Recipient> recipients, String archive) {

	/** The heading of the block. */
	public static final String HEADING = "Nơi nhận:";

	public Distribution {
		if (recipients == null || recipients.stream().anyMatch(java.util.Objects::isNull)) {
			throw new IllegalArgumentException("recipients must not be null");
		}
		recipients = List.copyOf(recipients);
		archive = Texts.required(archive, "archive");
	}

	/** The lines under the heading: "- TT Tỉnh ủy (B/c);" for each recipient, then "- Lưu: VT, BPT.". */
	public List<String> lines() {
		List<String> lines = new ArrayList<>();
		recipients.forEach(r -> lines.add("- " + r.text() + ";"));
		lines.add("- Lưu: " + (archive.endsWith(".") ? archive : archive + "."));
		return List.copyOf(lines);
	}

}
