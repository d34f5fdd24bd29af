package vn.doanket.fund;

import java.util.List;

/**
 * The outcome of reading one statement file: every data record of the file is either a line or a rejected line, in
 * file order. Blank records and the title rows above the header are not data records.
 */
public record StatementRead(StatementMapping mapping, List<StatementLine> lines, List<RejectedLine> rejected) {

	public StatementRead {
		lines = List.copyOf(lines);
		rejected = List.copyOf(rejected);
	}

	/** How many data records the file held. */
	public int records() {
		return lines.size() + rejected.size();
	}

}
