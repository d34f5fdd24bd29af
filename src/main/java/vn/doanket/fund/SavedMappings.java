package vn.doanket.fund;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.audit.AuditLog;
import vn.doanket.shared.Checks;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.NotFoundException;

/**
 * The statement mappings a fund can import with: the presets shipped for the sample layouts, and the fund's own, saved
 * under a name of its choosing. A mapping is saved only when it is valid as a whole (the same rules as an upload's
 * declared mapping); every change is audited.
 */
@Service
@Transactional
class SavedMappings {

	private final Funds funds;

	private final SavedMappingRepository repository;

	private final AccessPolicy access;

	private final AuditLog audit;

	SavedMappings(Funds funds, SavedMappingRepository repository, AccessPolicy access, AuditLog audit) {
		this.funds = funds;
		this.repository = repository;
		this.access = access;
		this.audit = audit;
	}

	/** The presets (by name) followed by the fund's own mappings. */
	@Transactional(readOnly = true)
	List<SavedMapping> list(long fundId) {
		funds.get(fundId);
		List<SavedMapping> all = new ArrayList<>();
		StatementMapping.presets()
			.keySet()
			.stream()
			.sorted()
			.forEach(name -> all.add(new SavedMapping(null, fundId, name, input(StatementMapping.presets().get(name)), null)));
		all.addAll(repository.of(fundId));
		return all;
	}

	@Transactional(readOnly = true)
	SavedMapping get(long mappingId) {
		SavedMapping mapping = find(mappingId);
		funds.get(mapping.fundId());
		return mapping;
	}

	/** Saves a new mapping ({@code mappingId} null) or changes one of the fund's own. */
	SavedMapping save(long fundId, Long mappingId, MappingInput input) {
		Fund fund = funds.find(fundId);
		access.require(Capability.KEEP_FUND, fund.unitId());
		if (mappingId != null && find(mappingId).fundId() != fundId) {
			throw new NotFoundException("error.fund.mappingNotFound", mappingId);
		}
		MappingInput named = check(fundId, mappingId, input);
		String username = access.requireUser().username();
		SavedMapping before = mappingId == null ? null : find(mappingId);
		long id = mappingId == null ? repository.insert(fundId, named, username) : mappingId;
		if (mappingId != null) {
			repository.update(mappingId, named, username);
		}
		SavedMapping after = find(id);
		audit.record("fund_statement_mapping", id, before == null ? "create" : "update", before, after);
		return after;
	}

	void delete(long mappingId) {
		SavedMapping mapping = find(mappingId);
		access.require(Capability.KEEP_FUND, funds.find(mapping.fundId()).unitId());
		repository.delete(mappingId);
		audit.record("fund_statement_mapping", mappingId, "delete", mapping, null);
	}

	/** The value naming one of the fund's own mappings where a preset's name is expected: {@code saved:} and its id. */
	static final String SAVED = "saved:";

	/** What an import is asked to use: a preset's name, or a mapping as JSON (either may be null). */
	record Choice(String preset, String mappingJson) {
	}

	/** Turns a choice of the fund's own mapping ({@code saved:<id>} as the preset) into its JSON; others pass as given. */
	@Transactional(readOnly = true)
	Choice choose(long fundId, String preset, String mappingJson) {
		if (preset == null || !preset.trim().startsWith(SAVED)) {
			return new Choice(preset, mappingJson);
		}
		long id;
		try {
			id = Long.parseLong(preset.trim().substring(SAVED.length()));
		}
		catch (NumberFormatException ex) {
			throw InvalidInputException.of("preset", "error.fund.unknownPreset");
		}
		return new Choice(null, json(fundId, id));
	}

	/** The mapping as the JSON an upload carries, for importing with one of the fund's own mappings. */
	@Transactional(readOnly = true)
	String json(long fundId, long mappingId) {
		SavedMapping mapping = repository.find(mappingId).orElse(null);
		if (mapping == null || mapping.fundId() != fundId) {
			throw InvalidInputException.of("preset", "error.fund.unknownPreset");
		}
		funds.get(fundId);
		return repository.jsonOf(mapping);
	}

	/** A preset's columns as they would be typed in the form (a position as its number, a tab as "tab"). */
	static MappingInput input(StatementMapping m) {
		return new MappingInput(m.name(), m.delimiter() == '\t' ? "tab" : String.valueOf(m.delimiter()), text(m.date()),
				m.datePattern(), text(m.time()), m.timePattern(), text(m.credit()), text(m.debit()), text(m.signedAmount()),
				String.valueOf(m.thousandsSeparator()), text(m.description()), text(m.reference()), text(m.balance()),
				text(m.counterAccount()));
	}

	private MappingInput check(long fundId, Long mappingId, MappingInput input) {
		Checks checks = new Checks();
		String name = input.name() == null ? "" : input.name().trim();
		checks.requireText(name, "mappingName", 32);
		checks.require(name.isEmpty() || StatementMapping.preset(name).isEmpty(), "mappingName", "error.fund.mappingPresetName");
		checks.require(name.isEmpty() || !repository.nameTaken(fundId, name, mappingId), "mappingName",
				"error.fund.mappingNameTaken");
		MappingInput named = new MappingInput(name, blankToNull(input.delimiter()), blankToNull(input.date()),
				blankToNull(input.datePattern()), blankToNull(input.time()), blankToNull(input.timePattern()),
				blankToNull(input.credit()), blankToNull(input.debit()), blankToNull(input.signedAmount()),
				blankToNull(input.thousandsSeparator()), blankToNull(input.description()), blankToNull(input.reference()),
				blankToNull(input.balance()), blankToNull(input.counterAccount()));
		try {
			named.toMapping();
		}
		catch (InvalidInputException ex) {
			ex.problems().stream().filter(p -> !"mapping".equals(p.field())).forEach(checks::add);
		}
		checks.throwIfAny();
		return named;
	}

	private SavedMapping find(long mappingId) {
		return repository.find(mappingId).orElseThrow(() -> new NotFoundException("error.fund.mappingNotFound", mappingId));
	}

	private static String text(StatementMapping.Column column) {
		return column == null ? null : column.header() != null ? column.header() : String.valueOf(column.index());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
