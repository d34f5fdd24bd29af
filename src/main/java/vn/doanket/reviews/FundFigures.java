package vn.doanket.reviews;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.doanket.fund.Fund;
import vn.doanket.fund.FundReports;
import vn.doanket.fund.Funds;
import vn.doanket.units.AdminUnit;

/** The For-the-Poor fund of the committee for the year: opening, receipts, payments, closing, and the lower levels' funds. */
@Component
class FundFigures implements ReportFigures {

	private final Funds funds;

	private final FundReports reports;

	FundFigures(Funds funds, FundReports reports) {
		this.funds = funds;
		this.reports = reports;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public List<ReviewReport.Section> sections(AdminUnit unit, int year) {
		try {
			Optional<Fund> poorFund = funds.visible().stream().filter(f -> f.unitId() == unit.id() && f.kind().equals("POOR_FUND")).findFirst();
			if (poorFund.isEmpty()) {
				return List.of();
			}
			FundReports.Report report = reports.report(poorFund.get().id(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
			List<List<String>> rows = report.lines()
				.stream()
				.map(l -> List.of(l.unitName(), money(l.opening()), money(l.moneyIn()), money(l.moneyOut()), money(l.closing())))
				.toList();
			FundReports.Line total = report.total();
			String paragraph = "Quỹ \"Vì người nghèo\" các cấp trong năm " + year + " tiếp nhận " + money(total.moneyIn())
					+ " đồng, chi hỗ trợ " + money(total.moneyOut()) + " đồng; số dư cuối năm " + money(total.closing()) + " đồng.";
			return List.of(new ReviewReport.Section(2, null, "Quỹ \"Vì người nghèo\"", null, List.of(paragraph),
					List.of(new ReviewReport.Table(List.of("Quỹ", "Đầu kỳ", "Thu", "Chi", "Cuối kỳ"), rows))));
		}
		catch (AccessDeniedException ex) {
			return List.of();
		}
	}

	private static String money(long amount) {
		return String.format(java.util.Locale.ROOT, "%,d", amount).replace(',', '.');
	}

}
