package vn.doanket.reviews;

import java.util.Map;

/**
 * The classes of the residential areas under one unit: how many areas there are, how many have a confirmed
 * evaluation, and how many fall in each class with its share (percent of evaluated areas, one decimal).
 */
public record ClassShareRow(long unitId, String unitCode, String unitName, int areas, int evaluated, Map<String, Integer> perClass) {

	public double share(String label) {
		return evaluated == 0 ? 0 : Math.round(perClass.getOrDefault(label, 0) * 1000.0 / evaluated) / 10.0;
	}

}
