package vn.doanket.reviews;

import java.util.Map;

/**
 * A residential area's evaluation of a year: the points it gave itself per criterion code and, once the commune has
 * checked them, the confirmed points, total and class.
 */
public record AreaEvaluation(long id, long areaId, String areaName, long communeId, int year, String status, int selfTotal,
		Integer confirmedTotal, String classLabel, Map<String, Integer> selfPoints, Map<String, Integer> confirmedPoints,
		String assessedBy, String confirmedBy) {

	public boolean confirmed() {
		return "CONFIRMED".equals(status);
	}

}
