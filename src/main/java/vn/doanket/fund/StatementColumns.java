package vn.doanket.fund;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import vn.doanket.fund.StatementMapping.Column;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Problem;
import vn.doanket.shared.TextFolding;

/**
 * The mapping's columns located in one file: the header row and the position of every declared column. The header is
 * the first of the first {@value #HEADER_SEARCH} non-blank records that names every named column, so that title lines
 * (bank name, account, period) above it are skipped. A file without such a row does not fit the mapping.
 */
record StatementColumns(int headerIndex, int width, int date, int time, int credit, int debit, int signedAmount,
		int description, int reference, int balance, int counterAccount) {

	static final int HEADER_SEARCH = 20;

	static final int ABSENT = -1;

	static StatementColumns locate(List<RawRecord> records, StatementMapping mapping) {
		List<Integer> candidates = new ArrayList<>();
		for (int i = 0; i < records.size() && candidates.size() < HEADER_SEARCH; i++) {
			if (records.get(i).brokenReason() == null && !records.get(i).blank()) {
				candidates.add(i);
			}
		}
		if (candidates.isEmpty()) {
			throw InvalidInputException.of("file", "error.file.empty");
		}
		for (int index : candidates) {
			if (missing(records.get(index).cells(), mapping).isEmpty()) {
				return resolve(index, records.get(index).cells(), mapping);
			}
		}
		List<String> header = candidates.stream()
			.map(i -> records.get(i).cells())
			.min(Comparator.comparingInt(cells -> missing(cells, mapping).size()))
			.orElseThrow();
		throw new InvalidInputException(missing(header, mapping).stream()
			.map(label -> Problem.field("file", "error.file.missingColumn", label))
			.toList());
	}

	private static List<String> missing(List<String> header, StatementMapping mapping) {
		return declared(mapping).filter(column -> position(header, column) == ABSENT).map(Column::label).toList();
	}

	private static Stream<Column> declared(StatementMapping mapping) {
		return Stream.of(mapping.date(), mapping.time(), mapping.credit(), mapping.debit(), mapping.signedAmount(),
				mapping.description(), mapping.reference(), mapping.balance(), mapping.counterAccount())
			.filter(Objects::nonNull);
	}

	private static StatementColumns resolve(int headerIndex, List<String> header, StatementMapping mapping) {
		return new StatementColumns(headerIndex, header.size(), position(header, mapping.date()),
				position(header, mapping.time()), position(header, mapping.credit()), position(header, mapping.debit()),
				position(header, mapping.signedAmount()), position(header, mapping.description()),
				position(header, mapping.reference()), position(header, mapping.balance()),
				position(header, mapping.counterAccount()));
	}

	private static int position(List<String> header, Column column) {
		if (column == null) {
			return ABSENT;
		}
		if (column.header() == null) {
			return column.index() < header.size() ? column.index() : ABSENT;
		}
		String wanted = TextFolding.fold(column.header());
		for (int i = 0; i < header.size(); i++) {
			if (TextFolding.fold(header.get(i)).equals(wanted)) {
				return i;
			}
		}
		return ABSENT;
	}

}
