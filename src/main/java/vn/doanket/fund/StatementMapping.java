package vn.doanket.fund;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.doanket.shared.Checks;

/**
 * How one bank's statement export is laid out: which column holds what, how dates and amounts are written. Banks differ
 * (and so does each bank's export over the years), so the reader is driven by a declared mapping rather than by
 * guessing. Columns are found by header name (compared without case or diacritics) or by zero-based position; the
 * header row is the first row that names every named column, so title lines above it are skipped.
 * <p>
 * Amounts are whole đồng, either in two columns (credit and debit, one of them filled per row) or in one signed column
 * (positive for money in). The thousands separator is '.' or ','; the other character may only introduce a zero
 * fraction ("50.000,00"). A declared optional column (time, reference, balance, counter-account) must exist in the
 * file; leave it {@code null} when the bank does not provide it.
 *
 * @param name the preset or user-chosen name, e.g. {@code vcb-2024}
 * @param delimiter the CSV field separator: ',', ';' or a tab (ignored for spreadsheets)
 * @param date the transaction date column
 * @param datePattern a {@link DateTimeFormatter} pattern such as {@code dd/MM/yyyy}; it may include the time of day
 * @param time the time column or {@code null}
 * @param timePattern the time pattern, e.g. {@code HH:mm:ss}; required when {@code time} is given
 * @param credit the money-in column, with {@code debit}; or {@code null} with {@code signedAmount}
 * @param debit the money-out column
 * @param signedAmount the one signed amount column, or {@code null} with {@code credit} and {@code debit}
 * @param thousandsSeparator '.' or ','
 * @param description the transfer description column
 * @param reference the bank's transaction or document number column, or {@code null}
 * @param balance the running balance column, or {@code null}
 * @param counterAccount the other party's account column, or {@code null}
 */
public record StatementMapping(String name, char delimiter, Column date, String datePattern, Column time,
		String timePattern, Column credit, Column debit, Column signedAmount, char thousandsSeparator,
		Column description, Column reference, Column balance, Column counterAccount) {

	/** Vietcombank's statement as published for September 2024: dot thousands, text DocNo, balance mostly empty. */
	public static final StatementMapping VCB_2024 = builder("vcb-2024").date(Column.named("TNXDate"), "dd/MM/yyyy")
		.creditDebit(Column.named("Credit"), Column.named("Debit"))
		.thousandsSeparator('.')
		.description(Column.named("TransactionDetails"))
		.reference(Column.named("DocNo"))
		.balance(Column.named("Balance"))
		.build();

	/** Agribank's statement as published for September 2024: quoted comma thousands, a running balance. */
	public static final StatementMapping AGRIBANK_2024 = builder("agribank-2024").date(Column.named("Date"), "dd/MM/yyyy")
		.time(Column.named("Time"), "HH:mm:ss")
		.creditDebit(Column.named("CreditAmount"), Column.named("DebitAmount"))
		.thousandsSeparator(',')
		.description(Column.named("TransactionDetails"))
		.reference(Column.named("ReferenceNumber"))
		.balance(Column.named("Balance"))
		.counterAccount(Column.named("OffsetAccount"))
		.build();

	private static final Map<String, StatementMapping> PRESETS = List.of(VCB_2024, AGRIBANK_2024)
		.stream()
		.collect(Collectors.toUnmodifiableMap(StatementMapping::name, Function.identity()));

	public StatementMapping {
		Checks checks = new Checks();
		checks.require(name != null && !name.isBlank(), "mapping", "error.required");
		checks.require(delimiter == ',' || delimiter == ';' || delimiter == '\t', "delimiter",
				"error.statement.mapping.delimiter");
		checks.require(date != null && validPattern(datePattern), "date", "error.statement.mapping.date");
		checks.require(time == null || validPattern(timePattern), "time", "error.statement.mapping.time");
		checks.require(signedAmount == null ? credit != null && debit != null : credit == null && debit == null,
				"amount", "error.statement.mapping.amount");
		checks.require(thousandsSeparator == '.' || thousandsSeparator == ',', "thousandsSeparator",
				"error.statement.mapping.thousandsSeparator");
		checks.require(description != null, "description", "error.required");
		checks.throwIfAny();
	}

	public static Optional<StatementMapping> preset(String name) {
		return Optional.ofNullable(PRESETS.get(name));
	}

	public static Map<String, StatementMapping> presets() {
		return PRESETS;
	}

	public static Builder builder(String name) {
		return new Builder(name);
	}

	/** The character that may start a (zero) fraction: the separator that is not the thousands separator. */
	char decimalSeparator() {
		return thousandsSeparator == '.' ? ',' : '.';
	}

	private static boolean validPattern(String pattern) {
		try {
			return pattern != null && !pattern.isBlank() && DateTimeFormatter.ofPattern(pattern) != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** A column found by its header text, or by its zero-based position when {@code header} is {@code null}. */
	public record Column(String header, int index) {

		public static Column named(String header) {
			return new Column(header, -1);
		}

		public static Column at(int index) {
			return new Column(null, index);
		}

		public Column {
			if ((header == null || header.isBlank()) && index < 0) {
				throw new IllegalArgumentException("A column needs a header or a position");
			}
		}

		/** How the column is named to the user: its header, or its position counted from 1. */
		public String label() {
			return header != null ? header : "#" + (index + 1);
		}

	}

	/** Declares a mapping step by step; the defaults are a comma delimiter and dot thousands. */
	public static final class Builder {

		private final String name;

		private char delimiter = ',';

		private Column date;

		private String datePattern;

		private Column time;

		private String timePattern;

		private Column credit;

		private Column debit;

		private Column signedAmount;

		private char thousandsSeparator = '.';

		private Column description;

		private Column reference;

		private Column balance;

		private Column counterAccount;

		private Builder(String name) {
			this.name = name;
		}

		public Builder delimiter(char delimiter) {
			this.delimiter = delimiter;
			return this;
		}

		public Builder date(Column column, String pattern) {
			this.date = column;
			this.datePattern = pattern;
			return this;
		}

		public Builder time(Column column, String pattern) {
			this.time = column;
			this.timePattern = pattern;
			return this;
		}

		public Builder creditDebit(Column credit, Column debit) {
			this.credit = credit;
			this.debit = debit;
			return this;
		}

		public Builder signedAmount(Column column) {
			this.signedAmount = column;
			return this;
		}

		public Builder thousandsSeparator(char separator) {
			this.thousandsSeparator = separator;
			return this;
		}

		public Builder description(Column column) {
			this.description = column;
			return this;
		}

		public Builder reference(Column column) {
			this.reference = column;
			return this;
		}

		public Builder balance(Column column) {
			this.balance = column;
			return this;
		}

		public Builder counterAccount(Column column) {
			this.counterAccount = column;
			return this;
		}

		public StatementMapping build() {
			return new StatementMapping(name, delimiter, date, datePattern, time, timePattern, credit, debit,
					signedAmount, thousandsSeparator, description, reference, balance, counterAccount);
		}

	}

}
