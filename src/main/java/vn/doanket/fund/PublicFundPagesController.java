package vn.doanket.fund;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Messages;
import vn.doanket.shared.Paging;
import vn.doanket.shared.TypedValues;
import vn.doanket.shared.Downloads;

/**
 * The public transparency pages, open to everyone: funds with balances, a fund's money in and out per month, its
 * published transactions searched without diacritics, CSV export, and a personal VietQR reference for donors.
 */
@Controller
class PublicFundPagesController {

	private final PublicFunds funds;

	private final DonationReferences references;

	private final Messages messages;

	private final Clock clock;

	PublicFundPagesController(PublicFunds funds, DonationReferences references, Messages messages, Clock clock) {
		this.funds = funds;
		this.references = references;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/public/funds")
	String list(Model model) {
		model.addAttribute("funds", funds.list());
		return "fund/public-funds";
	}

	@GetMapping("/public/funds/{id}")
	String fund(@PathVariable long id, @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer year,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("fund", funds.get(id));
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("sort", sort == null ? "-date" : sort);
		model.addAttribute("result", funds.transactions(id, q, sort, Paging.page(page), Paging.DEFAULT_SIZE));
		if (htmx != null) {
			return "fund/public-fund :: results";
		}
		if (year != null && (year < 2000 || year > 2100)) {
			throw InvalidInputException.of("year", "error.badValue", year);
		}
		int shownYear = year != null ? year : funds.transactions(id, null, "-date", 0, 1)
			.items()
			.stream()
			.findFirst()
			.map(t -> t.date().getYear())
			.orElse(LocalDate.now(clock).getYear());
		model.addAttribute("year", shownYear);
		PublicFunds.Summary summary = funds.summary(id, "month", LocalDate.of(shownYear, 1, 1), LocalDate.of(shownYear, 12, 31));
		model.addAttribute("summary", summary);
		model.addAttribute("flowsJson", FundChartData.json(summary.flows()));
		return "fund/public-fund";
	}

	@GetMapping("/public/funds/{id}/transactions.csv")
	ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort) {
		funds.get(id);
		byte[] csv = LedgerCsv.published(funds.transactions(id, q, sort, 0, 100_000).items());
		return Downloads.attachment(csv, "thu-chi-quy-" + id + ".csv", "text/csv;charset=UTF-8");
	}

	@PostMapping("/public/funds/{id}/reference")
	String reference(@PathVariable long id, @RequestParam(required = false) String donorName,
			@RequestParam(required = false) Boolean anonymous, @RequestParam(required = false) String amount, Model model) {
		model.addAttribute("fund", funds.get(id));
		try {
			model.addAttribute("qr", references.forDonor(id, donorName, Boolean.TRUE.equals(anonymous),
					TypedValues.amount(amount, "amount")));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problems", messages.describe(ex.problems()));
		}
		return "fund/public-reference";
	}

}
