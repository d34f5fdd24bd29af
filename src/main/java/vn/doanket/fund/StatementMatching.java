package vn.doanket.fund;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Matches new statement lines: a credit carrying a reference the system issued for this fund becomes a receipt from
 * that reference's donor; a credit whose description clearly names the sender becomes a receipt from that sender;
 * other credits wait in the unmatched queue. A debit is matched to an approved bank payment of the same amount not yet
 * seen on a statement (oldest first); a debit without one is an alert. The receipts are posted in one batch.
 */
@Component
class StatementMatching {

	private final StatementRepository statements;

	private final Ledger ledger;

	StatementMatching(StatementRepository statements, Ledger ledger) {
		this.statements = statements;
		this.ledger = ledger;
	}

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StatementMatching.class);

	List<StatementRepository.NewLine> match(long fundId, BankAccount account, List<StatementLine> lines, String username) {
		long started = System.nanoTime();
		Map<StatementLine, String> codes = new java.util.HashMap<>();
		for (StatementLine line : lines) {
			if (line.credit()) {
				ReferenceCodes.find(line.description()).ifPresent(code -> codes.put(line, code));
			}
		}
		Map<String, DonationReference> references = statements.references(fundId,
				codes.values().stream().collect(Collectors.toSet()));
		List<Payment> open = new LinkedList<>(
				lines.stream().anyMatch(l -> !l.credit()) ? statements.unmatchedApprovedPayments(fundId) : List.of());
		List<Posting> receipts = new ArrayList<>();
		List<Integer> receiptIndexes = new ArrayList<>();
		List<StatementRepository.NewLine> result = new ArrayList<>(lines.size());
		for (StatementLine line : lines) {
			if (!line.credit()) {
				Optional<Payment> payment = open.stream().filter(p -> p.amount() == -line.amount()).findFirst();
				payment.ifPresent(open::remove);
				result.add(new StatementRepository.NewLine(line, payment.isPresent() ? MatchStatus.PAYMENT : MatchStatus.ALERT,
						payment.map(Payment::entryId).orElse(null), payment.map(Payment::id).orElse(null)));
				continue;
			}
			DonationReference reference = references.get(codes.get(line));
			Optional<String> sender = reference == null ? SenderNames.guess(line.description()) : Optional.empty();
			if (reference == null && sender.isEmpty()) {
				result.add(new StatementRepository.NewLine(line, MatchStatus.UNMATCHED, null, null));
				continue;
			}
			EntryDetails details = reference != null
					? EntryDetails.receipt(line.description(), reference.donorName(),
							reference.donorName() == null ? DonorKind.ANONYMOUS : DonorKind.INDIVIDUAL, reference.anonymous(),
							Channel.BANK_TRANSFER, null, reference.appeal(), reference.code())
					: EntryDetails.receipt(line.description(), sender.get(), DonorKind.INDIVIDUAL, false, Channel.BANK_TRANSFER,
							null, null, null);
			receipts.add(Posting.receipt(fundId, line.date(), line.amount(), details));
			receiptIndexes.add(result.size());
			result.add(new StatementRepository.NewLine(line, reference != null ? MatchStatus.REFERENCE : MatchStatus.SENDER,
					null, null));
		}
		long posting = System.nanoTime();
		List<Long> ids = ledger.post(receipts, username);
		log.info("Matched {} lines in {} ms, posted {} receipts in {} ms", lines.size(), (posting - started) / 1_000_000,
				receipts.size(), (System.nanoTime() - posting) / 1_000_000);
		for (int i = 0; i < ids.size(); i++) {
			int at = receiptIndexes.get(i);
			StatementRepository.NewLine pending = result.get(at);
			result.set(at, new StatementRepository.NewLine(pending.line(), pending.status(), ids.get(i), null));
		}
		return result;
	}

	static Set<MatchStatus> waiting() {
		return Set.of(MatchStatus.UNMATCHED, MatchStatus.ALERT);
	}

}
