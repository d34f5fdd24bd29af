package vn.doanket.fund;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.audit.AuditLog;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.NotFoundException;

/**
 * What the fund accountant posts by hand: receipts, transfers to another level's fund (both sides in one entry) and
 * reversing entries that correct a mistake. Posted entries are never changed.
 */
@Service
@Transactional
public class Bookkeeping {

	private final Funds funds;

	private final Ledger ledger;

	private final LedgerRepository entries;

	private final LedgerQueries queries;

	private final AccessPolicy access;

	private final AuditLog audit;

	Bookkeeping(Funds funds, Ledger ledger, LedgerRepository entries, LedgerQueries queries, AccessPolicy access,
			AuditLog audit) {
		this.funds = funds;
		this.ledger = ledger;
		this.entries = entries;
		this.queries = queries;
		this.access = access;
		this.audit = audit;
	}

	public LedgerEntry recordReceipt(long fundId, ReceiptInput input) {
		Fund fund = funds.find(fundId);
		access.require(Capability.KEEP_FUND, fund.unitId());
		input.check().throwIfAny();
		long id = ledger.post(Posting.receipt(fundId, input.date(), input.amount(), input.details()), username());
		return audited(id, "receipt");
	}

	public LedgerEntry transfer(long fromFundId, TransferInput input) {
		Fund from = funds.find(fromFundId);
		access.require(Capability.KEEP_FUND, from.unitId());
		input.check().throwIfAny();
		Fund to = funds.find(input.toFundId());
		if (to.id() == from.id()) {
			throw InvalidInputException.of("toFundId", "error.fund.transferToSelf");
		}
		String description = input.description() == null || input.description().isBlank()
				? "Chuyển kinh phí sang " + to.name() : input.description();
		long id = ledger.post(Posting.transfer(from.id(), to.id(), input.date(), input.amount(),
				EntryDetails.transfer(description, to.name() + " (" + to.unitName() + ")", to.id())), username());
		return audited(id, "transfer");
	}

	/** Undoes a posted entry with its mirror image dated {@code date}; an entry is reversed at most once. */
	public LedgerEntry reverse(long entryId, LocalDate date, String reason) {
		LedgerEntry original = queries.entry(entryId).orElseThrow(() -> new NotFoundException("error.fund.entryNotFound", entryId));
		Fund fund = funds.find(original.fundId());
		access.require(Capability.KEEP_FUND, fund.unitId());
		if (reason == null || reason.isBlank()) {
			throw InvalidInputException.of("reason", "error.required");
		}
		if (original.kind() == EntryKind.REVERSAL || entries.reversed(entryId)) {
			throw InvalidInputException.of("entry", "error.fund.alreadyReversed");
		}
		List<PostingLine> lines = entries.lines(entryId);
		Posting posted = new Posting(original.kind(), original.fundId(), original.date(), original.amount(),
				original.direction(), lines, original.details());
		LocalDate when = date == null ? original.date() : date;
		long id = ledger.post(Posting.reversal(entryId, posted, when, reason.trim()), username());
		return audited(id, "reverse");
	}

	private LedgerEntry audited(long id, String action) {
		LedgerEntry entry = queries.entry(id).orElseThrow();
		audit.record("fund_entry", id, action, null, entry);
		return entry;
	}

	private String username() {
		return access.requireUser().username();
	}

}
