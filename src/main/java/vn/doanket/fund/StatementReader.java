package vn.doanket.fund;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.IntStream;

import vn.doanket.shared.InvalidInputException;

/**
 * Reads a bank statement, CSV (UTF-8, with or without BOM) or spreadsheet (XLSX, XLS), through a
 * {@link StatementMapping}.
 * <p>
 * A file that is not a statement of that layout (unreadable or binary content, required header missing) is refused
 * with an {@link InvalidInputException} and nothing is returned. Within a statement, a record that cannot be read — a
 * date or amount that is not one, both or neither of credit and debit, more or fewer fields than the header in a CSV
 * file, broken quoting — becomes a {@link RejectedLine} with its reason, and reading goes on. Every data record ends
 * up in exactly one of the two lists.
 * <p>
 * <b>Fingerprints.</b> Each line carries {@code fingerprint}, the first 128 bits (as a UUID) of the SHA-256 of its
 * date, amount, reference and folded description (lower case, no diacritics, letters and digits only, so that
 * re-exports that wrap or space the text differently still agree), followed by the occurrence index of that tuple
 * among the lines of the file read
 * so far (0 for the first, 1 for an identical second donation, ...). The bank account is deliberately not part of it:
 * the database layer keeps fingerprints unique per account, and an import skips the lines whose fingerprint the
 * account already has. Importing the same file twice, or two statements that overlap, therefore records each
 * transaction once — provided the overlap starts and ends on whole days, because the occurrence index counts from the
 * first line of the file: a file that begins in the middle of a run of identical transactions of one day numbers them
 * differently. Banks export whole days, so this holds in practice.
 */
public final class StatementReader {

	static final String AMOUNT_INVALID = "error.statement.amountInvalid";

	static final String AMOUNT_BOTH = "error.statement.amountBoth";

	static final String AMOUNT_MISSING = "error.statement.amountMissing";

	static final String DATE_INVALID = "error.statement.dateInvalid";

	static final String TIME_INVALID = "error.statement.timeInvalid";

	static final String BALANCE_INVALID = "error.statement.balanceInvalid";

	static final String FIELD_COUNT = "error.statement.fieldCount";

	private final StatementMapping mapping;

	private final StatementValues values;

	private final List<RawRecord> data;

	private final StatementColumns columns;

	private final boolean exactWidth;

	private final LineFingerprints fingerprints = new LineFingerprints();

	private int position;

	private StatementReader(StatementMapping mapping, List<RawRecord> records, StatementColumns columns, boolean exactWidth) {
		this.mapping = mapping;
		this.values = new StatementValues(mapping);
		this.data = records.subList(columns.headerIndex() + 1, records.size());
		this.columns = columns;
		this.exactWidth = exactWidth;
	}

	/** Reads the whole statement. */
	public static StatementRead read(byte[] content, StatementMapping mapping) {
		return open(content, mapping).next(Integer.MAX_VALUE);
	}

	/**
	 * Splits the file into records and finds the header; the data records are then read with {@link #next(int)}, a
	 * number at a time, so that a large statement can be stored while the rest is still being read.
	 *
	 * @throws InvalidInputException when the file is empty, not a statement, or does not fit the mapping
	 */
	static StatementReader open(byte[] content, StatementMapping mapping) {
		if (content == null || content.length == 0) {
			throw InvalidInputException.of("file", "error.file.empty");
		}
		boolean spreadsheet = XlsxRecords.looksLikeSpreadsheet(content);
		List<RawRecord> records = spreadsheet ? XlsxRecords.read(content) : CsvRecords.read(content, mapping.delimiter());
		StatementColumns columns = StatementColumns.locate(records, mapping);
		return new StatementReader(mapping, records, columns, !spreadsheet);
	}

	StatementMapping mapping() {
		return mapping;
	}

	boolean hasNext() {
		return position < data.size();
	}

	/**
	 * The first and last day among the dates the data records give (those that can be read), or empty when none can:
	 * the days on which the account's earlier lines could repeat this statement's.
	 */
	Optional<LocalDate[]> days() {
		LocalDate first = null;
		LocalDate last = null;
		for (RawRecord record : data) {
			StatementValues.DateAndTime dateTime = record.brokenReason() != null || record.blank() ? null
					: values.dateTime(record.cell(columns.date()));
			if (dateTime != null) {
				first = first == null || dateTime.date().isBefore(first) ? dateTime.date() : first;
				last = last == null || dateTime.date().isAfter(last) ? dateTime.date() : last;
			}
		}
		return first == null ? Optional.empty() : Optional.of(new LocalDate[] { first, last });
	}

	/**
	 * Reads up to {@code count} more data records, on every core (each record is read on its own; large statements
	 * have hundreds of thousands), and gives the lines their fingerprints in file order (identical transactions are
	 * counted across calls).
	 */
	StatementRead next(int count) {
		List<RawRecord> chunk = data.subList(position, (int) Math.min(data.size(), (long) position + count));
		position += chunk.size();
		Object[] outcomes = new Object[chunk.size()];
		IntStream.range(0, chunk.size()).parallel().forEach(i -> outcomes[i] = outcome(chunk.get(i)));
		List<StatementLine> lines = new ArrayList<>();
		List<RejectedLine> rejected = new ArrayList<>();
		for (Object outcome : outcomes) {
			if (outcome instanceof StatementLine line) {
				lines.add(line);
			}
			else if (outcome instanceof RejectedLine rejection) {
				rejected.add(rejection);
			}
		}
		return new StatementRead(mapping, fingerprints.stamp(lines), rejected);
	}

	/** The record's line, its rejection, or {@code null} for a blank record. */
	private Object outcome(RawRecord record) {
		if (record.blank()) {
			return null;
		}
		try {
			return line(record);
		}
		catch (Rejection rejection) {
			return new RejectedLine(record.lineNumber(), record.rawText(), rejection.reason);
		}
	}

	private StatementLine line(RawRecord record) {
		if (record.brokenReason() != null) {
			throw new Rejection(record.brokenReason());
		}
		int width = record.cells().size();
		boolean extraFilled = record.cells().subList(Math.min(width, columns.width()), width).stream().anyMatch(c -> !c.isBlank());
		if (extraFilled || (exactWidth && width < columns.width())) {
			throw new Rejection(FIELD_COUNT);
		}
		StatementValues.DateAndTime dateTime = values.dateTime(record.cell(columns.date()));
		if (dateTime == null) {
			throw new Rejection(DATE_INVALID);
		}
		LocalTime time = dateTime.time();
		String timeText = record.cell(columns.time());
		if (!timeText.isEmpty()) {
			time = values.time(timeText);
			if (time == null) {
				throw new Rejection(TIME_INVALID);
			}
		}
		return new StatementLine(record.lineNumber(), dateTime.date(), time, amount(record),
				PublicText.collapseSpaces(record.cell(columns.description())), orNull(record.cell(columns.reference())),
				balance(record.cell(columns.balance())), orNull(record.cell(columns.counterAccount())), record.rawText(),
				null);
	}

	private long amount(RawRecord record) {
		if (columns.signedAmount() != StatementColumns.ABSENT) {
			long amount = present(record.cell(columns.signedAmount()), true);
			if (amount == 0) {
				throw new Rejection(AMOUNT_MISSING);
			}
			return amount;
		}
		long credit = present(record.cell(columns.credit()), false);
		long debit = present(record.cell(columns.debit()), false);
		if (credit != 0 && debit != 0) {
			throw new Rejection(AMOUNT_BOTH);
		}
		if (credit == 0 && debit == 0) {
			throw new Rejection(AMOUNT_MISSING);
		}
		return credit != 0 ? credit : -debit;
	}

	/** The amount in a cell, zero when the cell is empty. */
	private long present(String text, boolean signAllowed) {
		if (text.isEmpty()) {
			return 0;
		}
		OptionalLong amount = values.amount(text, signAllowed);
		if (amount.isEmpty()) {
			throw new Rejection(AMOUNT_INVALID);
		}
		return amount.getAsLong();
	}

	private Long balance(String text) {
		if (text.isEmpty()) {
			return null;
		}
		OptionalLong balance = values.amount(text, true);
		if (balance.isEmpty()) {
			throw new Rejection(BALANCE_INVALID);
		}
		return balance.getAsLong();
	}

	private static String orNull(String text) {
		return text.isEmpty() ? null : text;
	}

	/** Why a record is rejected; carries no stack trace, as it is an expected outcome. */
	private static final class Rejection extends RuntimeException {

		private final String reason;

		Rejection(String reason) {
			super(reason, null, false, false);
			this.reason = reason;
		}

	}

}
