package vn.doanket.fund;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.audit.AuditLog;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.NotFoundException;
import vn.doanket.shared.PageResult;

/**
 * Settling the statement queue by hand, by the fund's accountant: a debit without a payment (an alert) is matched to an
 * approved bank payment of the same amount not yet seen on a statement, or explained with a note; a waiting credit is
 * matched to a reference the fund issued (a donor's or an appeal's) or booked as a receipt (see {@link UnmatchedQueue}).
 * Each action is audited and records who settled the line.
 */
@Service
@Transactional
class QueueResolution {

	private final Funds funds;

	private final FundRepository fundRepository;

	private final StatementRepository statements;

	private final QueueRepository queue;

	private final UnmatchedQueue unmatched;

	private final Ledger ledger;

	private final AccessPolicy access;

	private final AuditLog audit;

	QueueResolution(Funds funds, FundRepository fundRepository, StatementRepository statements, QueueRepository queue,
			UnmatchedQueue unmatched, Ledger ledger, AccessPolicy access, AuditLog audit) {
		this.funds = funds;
		this.fundRepository = fundRepository;
		this.statements = statements;
		this.queue = queue;
		this.unmatched = unmatched;
		this.ledger = ledger;
		this.access = access;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	PageResult<QueueLine> list(long fundId, QueueRepository.Filter filter, int page, int size) {
		funds.get(fundId);
		return new PageResult<>(queue.find(fundId, filter, page * size, size), queue.count(fundId, filter), page, size);
	}

	/** Approved bank payments of the fund that no statement line shows yet: what an alert may be matched to. */
	@Transactional(readOnly = true)
	List<Payment> openPayments(long fundId) {
		funds.get(fundId);
		return statements.unmatchedApprovedPayments(fundId);
	}

	@Transactional(readOnly = true)
	List<DonationReference> references(long fundId) {
		funds.get(fundId);
		return queue.references(fundId, 200);
	}

	/** The fund a line belongs to, after checking that the user keeps that fund's books. */
	long fundOf(long lineId) {
		return settleable(lineId).fund().id();
	}

	void explain(long lineId, String note) {
		Settleable s = settleable(lineId);
		requireStatus(s.line(), MatchStatus.ALERT);
		String text = note == null ? "" : note.trim();
		if (text.isEmpty()) {
			throw InvalidInputException.of("note", "error.required");
		}
		if (text.length() > 500) {
			throw InvalidInputException.of("note", "error.tooLong", 500);
		}
		queue.settle(lineId, MatchStatus.EXPLAINED, null, null, text, s.username());
		audit.record("fund_statement_line", lineId, "explain-alert", s.line(), Map.of("note", text));
	}

	Payment matchPayment(long lineId, Long paymentId) {
		Settleable s = settleable(lineId);
		requireStatus(s.line(), MatchStatus.ALERT);
		if (paymentId == null) {
			throw InvalidInputException.of("payment", "error.required");
		}
		Payment payment = statements.unmatchedApprovedPayments(s.fund().id())
			.stream()
			.filter(p -> p.id() == paymentId)
			.findFirst()
			.orElseThrow(() -> InvalidInputException.of("payment", "error.fund.paymentNotOpen"));
		if (payment.amount() != -s.line().amount()) {
			throw InvalidInputException.of("payment", "error.fund.paymentAmountDiffers", Money.format(payment.amount()),
					Money.format(-s.line().amount()));
		}
		queue.settle(lineId, MatchStatus.PAYMENT, payment.entryId(), payment.id(), null, s.username());
		queue.linkPayment(payment.id(), lineId);
		audit.record("fund_statement_line", lineId, "match-payment", s.line(), Map.of("payment", payment.id()));
		return payment;
	}

	/** Books a waiting credit as a receipt for the donor or appeal a reference the fund issued stands for. */
	LedgerEntry matchReference(long lineId, String code) {
		Settleable s = settleable(lineId);
		requireStatus(s.line(), MatchStatus.UNMATCHED);
		String wanted = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
		if (wanted.isEmpty()) {
			throw InvalidInputException.of("ref", "error.required");
		}
		DonationReference reference = Optional.ofNullable(statements.references(s.fund().id(), Set.of(wanted)).get(wanted))
			.orElseThrow(() -> InvalidInputException.of("ref", "error.fund.referenceUnknown", wanted));
		EntryDetails details = EntryDetails.receipt(s.line().description(), reference.donorName(),
				reference.donorName() == null ? DonorKind.ANONYMOUS : DonorKind.INDIVIDUAL, reference.anonymous(),
				Channel.BANK_TRANSFER, null, reference.appeal(), reference.code());
		long entryId = ledger.post(Posting.receipt(s.fund().id(), s.line().date(), s.line().amount(), details), s.username());
		queue.settle(lineId, MatchStatus.MANUAL, entryId, null, reference.code(), s.username());
		audit.record("fund_statement_line", lineId, "match-reference", s.line(), Map.of("reference", reference.code(), "entry", entryId));
		return funds.entry(entryId);
	}

	/** Books a waiting credit as a receipt from the donor a person recognised, and records who did it. */
	LedgerEntry bookReceipt(long lineId, ReceiptInput donor) {
		Settleable s = settleable(lineId);
		LedgerEntry entry = unmatched.bookAsReceipt(lineId, donor);
		queue.settle(lineId, MatchStatus.MANUAL, entry.id(), null, null, s.username());
		return entry;
	}

	private record Settleable(StatementRepository.StoredLine line, Fund fund, String username) {
	}

	private Settleable settleable(long lineId) {
		StatementRepository.StoredLine line = statements.lockLine(lineId)
			.orElseThrow(() -> new NotFoundException("error.fund.lineNotFound", lineId));
		BankAccount account = fundRepository.account(line.bankAccountId()).orElseThrow();
		Fund fund = funds.find(account.fundId());
		access.require(Capability.KEEP_FUND, fund.unitId());
		return new Settleable(line, fund, access.requireUser().username());
	}

	private static void requireStatus(StatementRepository.StoredLine line, MatchStatus wanted) {
		if (line.status() != wanted) {
			throw InvalidInputException.of("line", "error.fund.lineNotWaiting");
		}
	}

}
