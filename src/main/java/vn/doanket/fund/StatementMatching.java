package vn.doanket.fund;

import java.util.ArrayList;
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
 * seen on a statement (oldest first); a debit without one is an alert. The receipts of each batch are posted together.
 * <p>
 * What the descriptions say ({@link #clues}) needs no database and can be worked out ahead, on other threads; the
 * matching proper ({@link Session#match}) looks up references and payments and posts.
 */
@Component
class StatementMatching {

	private final StatementRepository statements;

	private final Ledger ledger;

	StatementMatching(StatementRepository statements, Ledger ledger) {
		this.statements = statements;
		this.ledger = ledger;
	}

	/** A line with what its description says: the reference the system issued that it carries, and the sender it names. */
	record Clued(StatementLine line, String code, Optional<String> sender) {

		static Clued of(StatementLine line) {
			return line.credit()
					? new Clued(line, ReferenceCodes.find(line.description()).orElse(null), SenderNames.guess(line.description()))
					: new Clued(line, null, Optional.empty());
		}

	}

	/** The lines with their clues, in the same order, looked for on every core (statements have hundreds of thousands of lines). */
	static List<Clued> clues(List<StatementLine> lines) {
		Clued[] clued = new Clued[lines.size()];
		IntStream.range(0, clued.length).parallel().forEach(i -> clued[i] = Clued.of(lines.get(i)));
		return List.of(clued);
	}

	/** Starts matching the lines of one import into a fund, in one or more batches. */
	Session start(long fundId, String username) {
		return new Session(fundId, username);
	}

	/** The matching of one import: an approved payment matched in one batch is not offered to the next. */
	final class Session {

		private final long fundId;

		private final String username;

		private List<Payment> openPayments;

		private Session(long fundId, String username) {
			this.fundId = fundId;
			this.username = username;
		}

		/** Matches the lines, posts the receipts they give and returns the lines to store, in the same order. */
		List<StatementRepository.NewLine> match(List<Clued> lines) {
			Map<String, DonationReference> references = statements.references(fundId,
					lines.stream().map(Clued::code).filter(Objects::nonNull).collect(Collectors.toSet()));
			List<Posting> receipts = new ArrayList<>();
			List<Integer> receiptIndexes = new ArrayList<>();
			List<StatementRepository.NewLine> result = new ArrayList<>(lines.size());
			for (Clued clued : lines) {
				StatementLine line = clued.line();
				if (!line.credit()) {
					Optional<Payment> payment = openPayments().stream().filter(p -> p.amount() == -line.amount()).findFirst();
					payment.ifPresent(openPayments::remove);
					result.add(new StatementRepository.NewLine(line, payment.isPresent() ? MatchStatus.PAYMENT : MatchStatus.ALERT,
							payment.map(Payment::entryId).orElse(null), payment.map(Payment::id).orElse(null)));
					continue;
				}
				DonationReference reference = clued.code() == null ? null : references.get(clued.code());
				Optional<String> sender = reference == null ? clued.sender() : Optional.empty();
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
			List<Long> ids = ledger.post(receipts, username);
			for (int i = 0; i < ids.size(); i++) {
				int at = receiptIndexes.get(i);
				StatementRepository.NewLine pending = result.get(at);
				result.set(at, new StatementRepository.NewLine(pending.line(), pending.status(), ids.get(i), null));
			}
			return result;
		}

		private List<Payment> openPayments() {
			if (openPayments == null) {
				openPayments = new LinkedList<>(statements.unmatchedApprovedPayments(fundId));
			}
			return openPayments;
		}

	}

	static Set<MatchStatus> waiting() {
		return Set.of(MatchStatus.UNMATCHED, MatchStatus.ALERT);
	}

}
