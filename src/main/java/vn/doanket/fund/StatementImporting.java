package vn.doanket.fund;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.audit.AuditLog;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.NotFoundException;

/**
 * Imports a bank statement into a fund's bank account in one transaction: lines already imported (same fingerprint)
 * are counted as duplicates and skipped, unreadable rows and rows dated in a closed period are kept in the import's
 * log, and the new lines are matched (see {@link StatementMatching}) and posted. A file that is not a statement, or
 * does not fit the mapping, imports nothing.
 */
@Service
@Transactional
public class StatementImporting {

	static final String PERIOD_CLOSED = "error.fund.periodClosedLine";

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StatementImporting.class);

	private final Funds funds;

	private final FundRepository fundRepository;

	private final StatementRepository statements;

	private final StatementMatching matching;

	private final AccessPolicy access;

	private final AuditLog audit;

	private final ObjectMapper json;

	StatementImporting(Funds funds, FundRepository fundRepository, StatementRepository statements,
			StatementMatching matching, AccessPolicy access, AuditLog audit, ObjectMapper json) {
		this.funds = funds;
		this.fundRepository = fundRepository;
		this.statements = statements;
		this.matching = matching;
		this.access = access;
		this.audit = audit;
		this.json = json;
	}

	/**
	 * @param accountId the bank account, or {@code null} for the fund's first account
	 * @param preset a preset mapping name, or {@code null}
	 * @param mappingJson a mapping as JSON, or {@code null}; without either, the account's saved mapping is used (the
	 * preset or the declared mapping last imported with)
	 */
	public StatementImport importFile(long fundId, Long accountId, String filename, byte[] content, String preset,
			String mappingJson) {
		Fund fund = funds.find(fundId);
		access.require(Capability.KEEP_FUND, fund.unitId());
		BankAccount account = account(fund, accountId);
		StatementMapping mapping = mapping(account, preset, mappingJson);
		StatementReader reader = StatementReader.open(content, mapping);
		if (preset != null && !preset.isBlank() && !preset.equals(account.mappingName())) {
			fundRepository.saveMapping(account.id(), mapping.name(), null);
		}
		else if ((preset == null || preset.isBlank()) && mappingJson != null && !mappingJson.isBlank()) {
			fundRepository.saveMapping(account.id(), mapping.name(), mappingJson);
		}
		return record(fundId, account, reader, filename, mapping.name(), access.requireUser().username());
	}

	/**
	 * Reads, matches and stores an opened statement in the caller's transaction, a batch of lines at a time (the next
	 * batch is read while one is stored); access has been judged by the caller. A statement without a single line that
	 * can be read is refused, and the transaction rolls back whatever was written.
	 */
	StatementImport record(long fundId, BankAccount account, StatementReader reader, String filename, String mappingName,
			String username) {
		long started = System.nanoTime();
		statements.lockAccount(account.id());
		statements.keepBulkChecksInMemory();
		Fund locked = fundRepository.lock(fundId).orElseThrow();
		long importId = statements.insertImport(fundId, account.id(), filename, mappingName, username);
		Set<String> existing = reader.days()
			.map(days -> statements.existingFingerprints(account.id(), days[0], days[1]))
			.orElse(Set.of());
		Tally tally = new Tally();
		StatementMatching.Session session = matching.start(fundId, username);
		long waited;
		try (StatementBatches batches = new StatementBatches(reader)) {
			for (var batch = batches.next(); batch.isPresent(); batch = batches.next()) {
				List<StatementMatching.Clued> fresh = tally.fresh(batch.get(), existing, locked.closedThrough());
				List<StatementRepository.NewLine> matched = session.match(fresh);
				statements.insertLines(account.id(), importId, matched);
				tally.paid(matched);
			}
			waited = batches.waitedMillis();
		}
		if (tally.lines == 0) {
			throw InvalidInputException.of("file", "error.fund.noStatementLines");
		}
		log.info("Statement {} imported as {} in {} ms: {} lines ({} new, {} duplicates), {} rejected; {} ms spent waiting "
				+ "for lines to be read", filename, importId, (System.nanoTime() - started) / 1_000_000, tally.lines,
				tally.imported, tally.duplicates, tally.rejected.size(), waited);
		statements.linkPayments(account.id(), tally.payments);
		tally.rejected.sort(Comparator.comparingInt(RejectedLine::lineNumber));
		statements.insertRejections(importId, tally.rejected);
		statements.finishImport(importId, tally.lines + tally.unreadable, tally.imported, tally.duplicates,
				tally.rejected.size());
		StatementImport summary = statements.importOf(importId).orElseThrow();
		audit.record("fund_statement_import", importId, "import", null,
				Map.of("fund", fundId, "account", account.id(), "read", summary.read(), "imported", summary.imported(),
						"duplicates", tally.duplicates, "rejected", tally.rejected.size()));
		return summary;
	}

	/**
	 * What an import has met so far: lines read, new and duplicate ones, rejected records (unreadable, or dated in a
	 * closed period) and the payments matched to its debits.
	 */
	private static final class Tally {

		private final Set<String> seen = new HashSet<>();

		private final List<RejectedLine> rejected = new ArrayList<>();

		private final Map<Long, StatementLine> payments = new HashMap<>();

		private int lines;

		private int unreadable;

		private int imported;

		private int duplicates;

		/** The batch's lines to store: not on the account before, not repeated in the file, dated in an open period. */
		List<StatementMatching.Clued> fresh(StatementBatches.Batch batch, Set<String> existing, LocalDate closedThrough) {
			rejected.addAll(batch.rejected());
			unreadable += batch.rejected().size();
			List<StatementMatching.Clued> fresh = new ArrayList<>();
			for (StatementMatching.Clued clued : batch.lines()) {
				StatementLine line = clued.line();
				lines++;
				if (existing.contains(line.fingerprint()) || !seen.add(line.fingerprint())) {
					duplicates++;
				}
				else if (!PeriodLock.isOpen(closedThrough, line.date())) {
					rejected.add(new RejectedLine(line.lineNumber(), line.rawText(), PERIOD_CLOSED));
				}
				else {
					fresh.add(clued);
				}
			}
			imported += fresh.size();
			return fresh;
		}

		void paid(List<StatementRepository.NewLine> matched) {
			matched.stream().filter(l -> l.paymentId() != null).forEach(l -> payments.put(l.paymentId(), l.line()));
		}

	}

	@Transactional(readOnly = true)
	public StatementImport get(long importId) {
		StatementImport found = statements.importOf(importId)
			.orElseThrow(() -> new NotFoundException("error.fund.importNotFound", importId));
		funds.get(found.fundId());
		return found;
	}

	private BankAccount account(Fund fund, Long accountId) {
		List<BankAccount> accounts = fundRepository.accounts(fund.id());
		Optional<BankAccount> chosen = accountId == null ? accounts.stream().findFirst()
				: accounts.stream().filter(a -> a.id() == accountId).findFirst();
		return chosen.orElseThrow(() -> InvalidInputException.of("account", "error.fund.unknownAccount"));
	}

	private StatementMapping mapping(BankAccount account, String preset, String mappingJson) {
		if (preset != null && !preset.isBlank()) {
			return StatementMapping.preset(preset.trim())
				.orElseThrow(() -> InvalidInputException.of("preset", "error.fund.unknownPreset"));
		}
		if (mappingJson != null && !mappingJson.isBlank()) {
			return MappingInput.parse(json, mappingJson);
		}
		Optional<String> savedJson = fundRepository.savedMappingJson(account.id());
		if (savedJson.isPresent()) {
			return MappingInput.parse(json, savedJson.get());
		}
		if (account.mappingName() != null) {
			return StatementMapping.preset(account.mappingName()).orElseThrow();
		}
		throw InvalidInputException.of("mapping", "error.fund.mappingRequired");
	}

}
