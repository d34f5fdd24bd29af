package vn.doanket.fund;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.units.Units;

/**
 * Reports of a period for a fund and the funds of the levels under it: opening balance, money in, money out, closing
 * balance per fund, and the roll-up. Transfers between two funds of the same roll-up appear as money out of one and
 * into the other, so the roll-up's total in and out include them while its balances stay exact.
 */
@Service
@Transactional(readOnly = true)
public class FundReports {

	private final Funds funds;

	private final FundRepository repository;

	private final LedgerQueries ledger;

	private final Units units;

	private final AccessPolicy access;

	FundReports(Funds funds, FundRepository repository, LedgerQueries ledger, Units units, AccessPolicy access) {
		this.funds = funds;
		this.repository = repository;
		this.ledger = ledger;
		this.units = units;
		this.access = access;
	}

	/** One fund's line of the report. */
	public record Line(long fundId, String name, String unitName, long opening, long moneyIn, long moneyOut, long closing) {
	}

	/** The report: the fund itself first, then the funds of lower levels, then the roll-up. */
	public record Report(Fund fund, LocalDate from, LocalDate to, List<Line> lines, Line total, List<LedgerQueries.Flow> flows) {
	}

	public Report report(long fundId, LocalDate from, LocalDate to) {
		Fund fund = funds.get(fundId);
		if (from == null || to == null || from.isAfter(to)) {
			throw InvalidInputException.of("to", "error.fund.periodInvalid");
		}
		List<Line> lines = new ArrayList<>();
		lines.add(line(fund, from, to));
		for (Fund other : repository.all()) {
			if (other.id() != fund.id() && other.unitId() != fund.unitId() && units.isCoveredBy(other.unitId(), fund.unitId())
					&& access.can(Capability.READ_FUND, other.unitId())) {
				lines.add(line(other, from, to));
			}
		}
		Line total = new Line(0, "", "", lines.stream().mapToLong(Line::opening).sum(), lines.stream().mapToLong(Line::moneyIn).sum(),
				lines.stream().mapToLong(Line::moneyOut).sum(), lines.stream().mapToLong(Line::closing).sum());
		return new Report(fund, from, to, lines, total, ledger.flows(fundId, "month", from, to));
	}

	private Line line(Fund fund, LocalDate from, LocalDate to) {
		List<LedgerQueries.Flow> flows = ledger.flows(fund.id(), "month", from, to);
		return new Line(fund.id(), fund.name(), fund.unitName(), ledger.balanceAt(fund.id(), from.minusDays(1)),
				flows.stream().mapToLong(LedgerQueries.Flow::moneyIn).sum(),
				flows.stream().mapToLong(LedgerQueries.Flow::moneyOut).sum(), ledger.balanceAt(fund.id(), to));
	}

}
