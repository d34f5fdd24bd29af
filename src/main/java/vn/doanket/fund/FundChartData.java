package vn.doanket.fund;

import java.util.List;
import java.util.stream.Collectors;

/** The flows of a fund as the JSON the chart script reads from {@code data-flows}. */
final class FundChartData {

	private FundChartData() {
	}

	static String json(List<LedgerQueries.Flow> flows) {
		return flows.stream()
			.map(f -> "{\"period\":\"" + f.period().toString().substring(0, 7) + "\",\"moneyIn\":" + f.moneyIn() + ",\"moneyOut\":"
					+ f.moneyOut() + "}")
			.collect(Collectors.joining(",", "[", "]"));
	}

}
