package vn.doanket.fund;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.doanket.shared.TypedValues;

/** The report of a period for a fund and the levels under it, with its chart. */
@Controller
class FundReportPagesController {

	private final FundReports reports;

	private final Clock clock;

	FundReportPagesController(FundReports reports, Clock clock) {
		this.reports = reports;
		this.clock = clock;
	}

	@GetMapping("/fund/{id}/report")
	String report(@PathVariable long id, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
			Model model) {
		LocalDate end = to == null || to.isBlank() ? LocalDate.now(clock) : TypedValues.date(to, "to");
		LocalDate start = from == null || from.isBlank() ? LocalDate.of(end.getYear() - 1, 1, 1) : TypedValues.date(from, "from");
		FundReports.Report report = reports.report(id, start, end);
		model.addAttribute("report", report);
		model.addAttribute("fund", report.fund());
		model.addAttribute("flowsJson", FundChartData.json(report.flows()));
		return "fund/report";
	}

}
