package vn.doanket.documents;

import java.util.List;

/**
 * An official document of the Front laid out by Nghị định 30/2020/NĐ-CP: letterhead, type and summary, body,
 * signature and distribution. Every text is kept in Unicode NFC.
 *
 * @param letterhead bodies, number, place and date
 * @param type the document type in capitals: "KẾ HOẠCH", "BÁO CÁO", "QUYẾT ĐỊNH", "BIÊN BẢN"…
 * @param summary the lines of the summary printed under the type (may be empty)
 * @param body the content in reading order
 * @param signature the signature block
 * @param distribution the recipients
 */
public record OfficialDocument(Letterhead letterhead, String type, List<String> summary, List<Block> body,
		Signature signature, Distribution distribution) {

	public OfficialDocument {
		type = Texts.required(type, "type");
		summary = Texts.requiredAll(summary, "summary");
		if (letterhead == null || body == null || body.stream().anyMatch(java.util.Objects::isNull) || signature == null || distribution == null) {
			throw new IllegalArgumentException("A document needs a letterhead, a body, a signature and recipients");
		}
		body = List.copyOf(body);
	}

}
