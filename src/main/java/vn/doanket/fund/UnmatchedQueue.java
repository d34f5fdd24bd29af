package vn.doanket.fund;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.audit.AuditLog;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.NotFoundException;
import vn.doanket.shared.PageResult;

/** Statement credits nobody could match yet, and debits without an approved payment (alerts), for a person to settle. */
@Service
@Transactional
public class UnmatchedQueue {

	private static final List<MatchStatus> WAITING = List.of(MatchStatus.UNMATCHED, MatchStatus.ALERT);

	private final Funds funds;

	private final FundRepository fundRepository;

	private final StatementRepository statements;

	private final Ledger ledger;

	private final AccessPolicy access;

	private final AuditLog audit;

	UnmatchedQueue(Funds funds, FundRepository fundRepository, StatementRepository statements, Ledger ledger,
			AccessPolicy access, AuditLog audit) {
		this.funds = funds;
		this.fundRepository = fundRepository;
		this.statements = statements;
		this.ledger = ledger;
		this.access = access;
		this.audit = audit;
	}

	/** A waiting line as listed. */
	public record WaitingLine(long id, java.time.LocalDate date, long amount, String description, String reference,
			MatchStatus status, int line, long importId) {
	}

	@Transactional(readOnly = true)
	public PageResult<WaitingLine> list(long fundId, int page, int size) {
		funds.get(fundId);
		List<WaitingLine> items = statements.lines(fundId, WAITING, page * size, size)
			.stream()
			.map(l -> new WaitingLine(l.id(), l.date(), l.amount(), l.description(), l.reference(), l.status(), l.lineNo(),
					l.importId()))
			.toList();
		return new PageResult<>(items, statements.countLines(fundId, WAITING), page, size);
	}

	/** Books a waiting credit as a receipt from the donor a person recognised. */
	public LedgerEntry bookAsReceipt(long lineId, ReceiptInput donor) {
		StatementRepository.StoredLine line = statements.lockLine(lineId)
			.orElseThrow(() -> new NotFoundException("error.fund.lineNotFound", lineId));
		BankAccount account = fundRepository.account(line.bankAccountId()).orElseThrow();
		Fund fund = funds.find(account.fundId());
		access.require(Capability.KEEP_FUND, fund.unitId());
		if (line.status() != MatchStatus.UNMATCHED) {
			throw InvalidInputException.of("line", "error.fund.lineNotWaiting");
		}
		ReceiptInput input = new ReceiptInput(line.date(), line.amount(), donor.donorKind(), donor.donorName(),
				donor.anonymous(), Channel.BANK_TRANSFER.name(), null, donor.appeal(),
				donor.description() == null || donor.description().isBlank() ? line.description() : donor.description());
		input.check().throwIfAny();
		long entryId = ledger.post(Posting.receipt(fund.id(), line.date(), line.amount(), input.details()),
				access.requireUser().username());
		statements.resolve(lineId, MatchStatus.MANUAL, entryId);
		audit.record("fund_statement_line", lineId, "book-receipt", line, entryId);
		return funds.entry(entryId);
	}

}
