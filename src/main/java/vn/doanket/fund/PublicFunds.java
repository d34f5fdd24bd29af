package vn.doanket.fund;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.shared.NotFoundException;
import vn.doanket.shared.PageResult;

/**
 * What anyone may read without signing in: every fund with its balance, its transactions as published (donor names or
 * "Ẩn danh", masked beneficiaries, no long numbers) searched without diacritics, and money in and out per day or month.
 */
@Service
@Transactional(readOnly = true)
public class PublicFunds {

	private final FundRepository funds;

	private final LedgerQueries ledger;

	PublicFunds(FundRepository funds, LedgerQueries ledger) {
		this.funds = funds;
		this.ledger = ledger;
	}

	public List<PublicFund> list() {
		return funds.all().stream().map(PublicFund::of).toList();
	}

	public PublicFund get(long id) {
		return PublicFund.of(find(id));
	}

	/** Published transactions counted up to this many: {@code total} is exact below it and means "at least" at it. */
	public static final long COUNT_LIMIT = 10_000;

	public PageResult<PublicTransaction> transactions(long fundId, String query, String sort, int page, int size) {
		find(fundId);
		long total = ledger.count(fundId, query, COUNT_LIMIT);
		return new PageResult<>(ledger.published(fundId, query, sort, page * size, size, total), total, page, size);
	}

	/** Totals of a period and its flows per day or month. */
	public Summary summary(long fundId, String unit, LocalDate from, LocalDate to) {
		find(fundId);
		List<LedgerQueries.Flow> flows = ledger.flows(fundId, unit, from, to);
		long in = flows.stream().mapToLong(LedgerQueries.Flow::moneyIn).sum();
		long out = flows.stream().mapToLong(LedgerQueries.Flow::moneyOut).sum();
		return new Summary(from, to, ledger.balanceAt(fundId, from.minusDays(1)), in, out, ledger.balanceAt(fundId, to), flows);
	}

	private Fund find(long id) {
		return funds.find(id).orElseThrow(() -> new NotFoundException("error.fund.notFound", id));
	}

	/** A fund as published. */
	public record PublicFund(long id, String name, String kind, String unitCode, String unitName, long balance) {

		static PublicFund of(Fund f) {
			return new PublicFund(f.id(), f.name(), f.kind(), f.unitCode(), f.unitName(), f.balance());
		}

	}

	/** Opening balance, money in, money out and closing balance of a period, with its flows. */
	public record Summary(LocalDate from, LocalDate to, long opening, long moneyIn, long moneyOut, long closing,
			List<LedgerQueries.Flow> flows) {
	}

}
