package vn.doanket.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * The top of a document: on the left the parent body and the issuing body over the number, on the right the
 * national title and motto over the place and date. A line break ({@code \n}) in a body's name forces a new line
 * there; without one, a parent body is broken after "VIỆT NAM" as documents print it ("ỦY BAN MTTQ VIỆT NAM" over
 * "TỈNH KON TUM").
 *
 * @param parentBody the body above the issuer, e.g. "ỦY BAN MTTQ VIỆT NAM TỈNH KON TUM"; {@code null} when none
 * @param issuingBody the issuer, e.g. "BAN THƯỜNG TRỰC"
 * @param number the number and symbol
 * @param place where the document is issued, e.g. "Kon Tum"
 * @param date the date of issue
 */
public record Letterhead(String parentBody, String issuingBody, DocumentNumber number, String place, LocalDate date) {

	/** The national title, always in capitals. */
	public static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

	/** The motto under the national title. */
	public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

	private static final String COUNTRY = "VIỆT NAM";

	public Letterhead {
		parentBody = Texts.optional(parentBody);
		issuingBody = Texts.required(issuingBody, "issuingBody");
		place = Texts.required(place, "place");
		if (number == null || date == null) {
			throw new IllegalArgumentException("A letterhead needs a number and a date");
		}
	}

	/** The lines of the parent body, none when there is no parent body. */
	public List<String> parentBodyLines() {
		if (parentBody == null) {
			return List.of();
		}
		List<String> lines = Texts.lines(parentBody);
		int end = parentBody.indexOf(COUNTRY);
		if (lines.size() == 1 && end > 0 && end + COUNTRY.length() < parentBody.length()
				&& parentBody.charAt(end + COUNTRY.length()) == ' ') {
			return List.of(parentBody.substring(0, end + COUNTRY.length()),
					parentBody.substring(end + COUNTRY.length()).strip());
		}
		return lines;
	}

	public List<String> issuingBodyLines() {
		return Texts.lines(issuingBody);
	}

	/** "Kon Tum, ngày 08 tháng 02 năm 2021". */
	public String placeAndDate() {
		return VietnameseDates.placeAndDate(place, date);
	}

}
