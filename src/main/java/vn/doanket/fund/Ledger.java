package vn.doanket.fund;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.shared.NotFoundException;

/**
 * Posts entries: checks that each fund's period is open (the funds' rows are locked meanwhile), numbers the vouchers
 * of each series per fund and year, and writes entries (with their published texts and search words, see
 * {@link LedgerRepository.NewEntry}) and lines in bulk. Runs inside the caller's transaction; access is judged by the caller's use case.
 */
@Component
class Ledger {

	private final FundRepository funds;

	private final LedgerRepository entries;

	Ledger(FundRepository funds, LedgerRepository entries) {
		this.funds = funds;
		this.entries = entries;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	long post(Posting posting, String username) {
		return post(List.of(posting), username).get(0);
	}

	/** Posts every posting or none; returns the new entries' ids in the same order. */
	@Transactional(propagation = Propagation.MANDATORY)
	List<Long> post(List<Posting> postings, String username) {
		if (postings.isEmpty()) {
			return List.of();
		}
		Map<Long, Fund> locked = new HashMap<>();
		for (Posting posting : postings) {
			for (PostingLine line : posting.lines()) {
				Fund fund = locked.computeIfAbsent(line.fundId(),
						id -> funds.lock(id).orElseThrow(() -> new NotFoundException("error.fund.notFound", id)));
				PeriodLock.requireOpen(fund.closedThrough(), posting.date(), "date");
			}
		}
		List<Long> ids = entries.nextIds(postings.size());
		Map<String, Integer> nextVoucher = reserveVouchers(postings);
		List<LedgerRepository.NewEntry> rows = new ArrayList<>(postings.size());
		for (int i = 0; i < postings.size(); i++) {
			Posting p = postings.get(i);
			String kind = p.voucherKind();
			Integer year = kind == null ? null : p.date().getYear();
			Integer number = kind == null ? null : nextVoucher.merge(key(p.fundId(), kind, year), 1, Integer::sum) - 1;
			rows.add(new LedgerRepository.NewEntry(ids.get(i), p, kind, year, number, username));
		}
		entries.insert(rows);
		return ids;
	}

	private Map<String, Integer> reserveVouchers(List<Posting> postings) {
		Map<String, Integer> counts = new HashMap<>();
		for (Posting p : postings) {
			if (p.voucherKind() != null) {
				counts.merge(key(p.fundId(), p.voucherKind(), p.date().getYear()), 1, Integer::sum);
			}
		}
		Map<String, Integer> first = new HashMap<>();
		counts.forEach((key, count) -> {
			String[] parts = key.split("/");
			first.put(key, entries.reserveVouchers(Long.parseLong(parts[0]), parts[1], Integer.parseInt(parts[2]), count));
		});
		return first;
	}

	private static String key(long fundId, String kind, int year) {
		return fundId + "/" + kind + "/" + year;
	}

}
