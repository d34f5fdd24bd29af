package vn.doanket.fund;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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
		Clues[] clues = new Clues[lines.size()];
		IntStream.range(0, clues.length).parallel().forEach(i -> clues[i] = Clues.of(lines.get(i)));
		Map<String, DonationReference> references = statements.references(fundId,
				Arrays.stream(clues).map(Clues::code).filter(Objects::nonNull).collect(Collectors.toSet()));
		List<Payment> open = new LinkedList<>(
				lines.stream().anyMatch(l -> !l.credit()) ? statements.unmatchedApprovedPayments(fundId) : List.of());
		List<Posting> receipts = new ArrayList<>();
		List<Integer> receiptIndexes = new ArrayList<>();
		List<StatementRepository.NewLine> result = new ArrayList<>(lines.size());
		for (int i = 0; i < clues.length; i++) {
			StatementLine line = lines.get(i);
			if (!line.credit()) {
				Optional<Payment> payment = open.stream().filter(p -> p.amount() == -line.amount()).findFirst();
				payment.ifPresent(open::remove);
				result.add(new StatementRepository.NewLine(line, payment.isPresent() ? MatchStatus.PAYMENT : MatchStatus.ALERT,
						payment.map(Payment::entryId).orElse(null), payment.map(Payment::id).orElse(null)));
				continue;
			}
			DonationReference reference = clues[i].code() == null ? null : references.get(clues[i].code());
			Optional<String> sender = reference == null ? clues[i].sender() : Optional.empty();
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

	/**
	 * What a credit's description says: the reference the system issued that it carries, and the sender it names
	 * (looked for on every core, as statements have hundreds of thousands of lines).
	 */
	private record Clues(String code, Optional<String> sender) {

		static Clues of(StatementLine line) {
			return line.credit() ? new Clues(ReferenceCodes.find(line.description()).orElse(null), SenderNames.guess(line.description()))
					: new Clues(null, Optional.empty());
		}

	}

	static Set<MatchStatus> waiting() {
		return Set.of(MatchStatus.UNMATCHED, MatchStatus.ALERT);
	}

}
