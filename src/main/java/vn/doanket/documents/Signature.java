package vn.doanket.documents;

/**
 * The signature block: "TM. BAN THƯỜNG TRỰC" / "CHỦ TỊCH" / space to sign / the signer's name.
 *
 * @param authority the capacity line (TM., KT., TL., TUQ. …), or {@code null} when the signer signs in person
 * @param position the signer's position, e.g. "CHỦ TỊCH" or "PHÓ CHỦ TỊCH"
 * @param signer the signer's full name
 */
public record Signature(String authority, String position, String signer) {

	public Signature {
		authority = Texts.optional(authority);
		position = Texts.required(position, "position");
		signer = Texts.required(signer, "signer");
	}

}
