package vn.doanket.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines a unit's sums over the periods that make up the period asked for. Data of the period itself win; otherwise
 * the first finer type with data is used (halves, then quarters, then months): {@link Aggregation#SUM} and
 * {@link Aggregation#AVERAGE} add the sums and counts up, {@link Aggregation#LAST} keeps the latest period with data.
 */
final class PeriodValues {

	/** A sum of {@code reported} values. */
	record Total(BigDecimal sum, long reported) {

		Total plus(Total other) {
			return new Total(sum.add(other.sum), reported + other.reported);
		}

		BigDecimal value(Aggregation aggregation) {
			if (aggregation == Aggregation.AVERAGE) {
				return reported == 0 ? null : sum.divide(BigDecimal.valueOf(reported), 2, RoundingMode.HALF_UP);
			}
			return sum;
		}

	}

	private PeriodValues() {
	}

	/** The period itself first, then its halves, quarters and months. */
	static List<String> candidates(Period period) {
		List<String> ids = new ArrayList<>();
		ids.add(period.id());
		for (PeriodType type : List.of(PeriodType.HALF_YEAR, PeriodType.QUARTER, PeriodType.MONTH)) {
			if (type.months() < period.type().months()) {
				period.childPeriods(type).forEach(p -> ids.add(p.id()));
			}
		}
		return ids;
	}

	/** {@code byPeriod} maps period id to the unit's total for that period. */
	static Total combine(Period period, Aggregation aggregation, Map<String, Total> byPeriod) {
		if (byPeriod.isEmpty()) {
			return null;
		}
		Total own = byPeriod.get(period.id());
		if (own != null) {
			return own;
		}
		for (PeriodType type : List.of(PeriodType.HALF_YEAR, PeriodType.QUARTER, PeriodType.MONTH)) {
			if (type.months() >= period.type().months()) {
				continue;
			}
			List<Total> found = new ArrayList<>();
			for (Period child : period.childPeriods(type)) {
				Total t = byPeriod.get(child.id());
				if (t != null) {
					found.add(t);
				}
			}
			if (!found.isEmpty()) {
				if (aggregation == Aggregation.LAST) {
					return found.get(found.size() - 1);
				}
				Total sum = new Total(BigDecimal.ZERO, 0);
				long most = 0;
				for (Total t : found) {
					sum = sum.plus(t);
					most = Math.max(most, t.reported());
				}
				return aggregation == Aggregation.AVERAGE ? sum : new Total(sum.sum(), most);
			}
		}
		return null;
	}

	/** Groups rows of (key, period, sum, count) into per-key period maps. */
	static <K> Map<K, Map<String, Total>> group(List<Row<K>> rows) {
		Map<K, Map<String, Total>> grouped = new HashMap<>();
		for (Row<K> row : rows) {
			grouped.computeIfAbsent(row.key(), k -> new HashMap<>()).merge(row.period(), new Total(row.sum(), row.reported()), Total::plus);
		}
		return grouped;
	}

	record Row<K>(K key, String period, BigDecimal sum, long reported) {
	}

}
