package vn.doanket.reviews;

import java.time.LocalDate;
import java.util.List;

/** A commendation decision (quyết định khen thưởng) and the collectives and individuals it awards. */
public record CommendationDecision(long id, long issuerUnitId, String issuerUnitName, int number, String symbol, LocalDate issuedOn,
		String form, String summary, List<Award> awards) {

	/** One awarded collective or individual, with the unit it belongs to and the reason. */
	public record Award(long id, long decisionId, String kind, String name, long unitId, String unitName, String reason, int number,
			String symbol, LocalDate issuedOn, String form) {
	}

	/** "05/QĐ-MTTQ-BTT". */
	public String numberText() {
		return (number < 10 ? "0" : "") + number + "/" + symbol;
	}

}
