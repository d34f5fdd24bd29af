package vn.doanket.fund;

import java.util.ArrayList;
import java.util.Comparator;
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
		long started = System.nanoTime();
		StatementRead read = StatementReader.read(content, mapping);
		log.info("Statement {} read in {} ms: {} lines, {} rejected", filename, (System.nanoTime() - started) / 1_000_000,
				read.lines().size(), read.rejected().size());
		if (read.lines().isEmpty()) {
			throw InvalidInputException.of("file", "error.fund.noStatementLines");
		}
		if (preset != null && !preset.isBlank() && !preset.equals(account.mappingName())) {
			fundRepository.saveMapping(account.id(), mapping.name(), null);
		}
		else if ((preset == null || preset.isBlank()) && mappingJson != null && !mappingJson.isBlank()) {
			fundRepository.saveMapping(account.id(), mapping.name(), mappingJson);
		}
		return record(fundId, account, read, filename, mapping.name(), access.requireUser().username());
	}

	/** Stores and matches what was read, in the caller's transaction; access has been judged by the caller. */
	StatementImport record(long fundId, BankAccount account, StatementRead read, String filename, String mappingName,
			String username) {
		statements.lockAccount(account.id());
		statements.keepBulkChecksInMemory();
		Fund locked = fundRepository.lock(fundId).orElseThrow();
		long importId = statements.insertImport(fundId, account.id(), filename, mappingName, username);
		long started = System.nanoTime();
		Set<String> existing = statements.existingFingerprints(account.id(),
				read.lines().stream().map(StatementLine::date).min(Comparator.naturalOrder()).orElseThrow(),
				read.lines().stream().map(StatementLine::date).max(Comparator.naturalOrder()).orElseThrow());
		List<StatementLine> fresh = new ArrayList<>();
		List<RejectedLine> rejected = new ArrayList<>(read.rejected());
		Set<String> seen = new HashSet<>();
		int duplicates = 0;
		for (StatementLine line : read.lines()) {
			if (existing.contains(line.fingerprint()) || !seen.add(line.fingerprint())) {
				duplicates++;
			}
			else if (!PeriodLock.isOpen(locked.closedThrough(), line.date())) {
				rejected.add(new RejectedLine(line.lineNumber(), line.rawText(), PERIOD_CLOSED));
			}
			else {
				fresh.add(line);
			}
		}
		rejected.sort(Comparator.comparingInt(RejectedLine::lineNumber));
		long matchStart = System.nanoTime();
		log.info("Statement import {}: duplicates checked in {} ms", importId, (matchStart - started) / 1_000_000);
		List<StatementRepository.NewLine> matched = matching.match(fundId, account, fresh, username);
		long storeStart = System.nanoTime();
		statements.insertLines(account.id(), importId, matched);
		log.info("Statement import {}: {} lines matched and posted in {} ms, stored in {} ms", importId, fresh.size(),
				(storeStart - matchStart) / 1_000_000, (System.nanoTime() - storeStart) / 1_000_000);
		statements.linkPayments(account.id(), paymentLinks(matched));
		statements.insertRejections(importId, rejected);
		statements.finishImport(importId, read.records(), fresh.size(), duplicates, rejected.size());
		StatementImport summary = statements.importOf(importId).orElseThrow();
		audit.record("fund_statement_import", importId, "import", null,
				Map.of("fund", fundId, "account", account.id(), "read", summary.read(), "imported", summary.imported(),
						"duplicates", duplicates, "rejected", rejected.size()));
		return summary;
	}

	@Transactional(readOnly = true)
	public StatementImport get(long importId) {
		StatementImport found = statements.importOf(importId)
			.orElseThrow(() -> new NotFoundException("error.fund.importNotFound", importId));
		funds.get(found.fundId());
		return found;
	}

	private static Map<Long, StatementLine> paymentLinks(List<StatementRepository.NewLine> lines) {
		Map<Long, StatementLine> links = new java.util.HashMap<>();
		lines.stream().filter(l -> l.paymentId() != null).forEach(l -> links.put(l.paymentId(), l.line()));
		return links;
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
