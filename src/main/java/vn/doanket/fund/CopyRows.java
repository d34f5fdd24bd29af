package vn.doanket.fund;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows written with PostgreSQL's {@code COPY … FROM STDIN} (text format) on the caller's connection, so inside its
 * transaction: the fastest way to hand the database hundreds of thousands of rows. Values are sent as their
 * {@code toString()} with tabs, line breaks and backslashes escaped; {@code null} is SQL null. Statement-level
 * triggers and their transition tables see copied rows as they see inserted ones.
 */
final class CopyRows implements AutoCloseable {

	private static final int FLUSH_CHARS = 1 << 18;

	private final CopyIn copy;

	private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 4096);

	private boolean rowStart = true;

	private CopyRows(CopyIn copy) {
		this.copy = copy;
	}

	/** Starts {@code copy <table> (<columns>) from stdin}. */
	static CopyRows into(Connection con, String table, String columns) throws SQLException {
		return new CopyRows(con.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " (" + columns + ") from stdin"));
	}

	CopyRows add(Object value) {
		if (!rowStart) {
			buffer.append('\t');
		}
		rowStart = false;
		if (value == null) {
			buffer.append("\\N");
		}
		else if (value instanceof Long number) {
			buffer.append(number.longValue());
		}
		else if (value instanceof Integer number) {
			buffer.append(number.intValue());
		}
		else {
			appendEscaped(value.toString());
		}
		return this;
	}

	/** The text as it stands when nothing in it needs escaping (nearly always), else a character at a time. */
	private void appendEscaped(String text) {
		if (!needsEscaping(text)) {
			buffer.append(text);
			return;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> buffer.append("\\\\");
				case '\t' -> buffer.append("\\t");
				case '\n' -> buffer.append("\\n");
				case '\r' -> buffer.append("\\r");
				default -> buffer.append(c);
			}
		}
	}

	private static boolean needsEscaping(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
				return true;
			}
		}
		return false;
	}

	void endRow() throws SQLException {
		buffer.append('\n');
		rowStart = true;
		if (buffer.length() >= FLUSH_CHARS) {
			flush();
		}
	}

	/** Sends what is left and ends the copy; returns the number of rows copied. */
	long finish() throws SQLException {
		flush();
		return copy.endCopy();
	}

	private void flush() throws SQLException {
		byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		buffer.setLength(0);
	}

	/** Abandons an unfinished copy (after a failure), so that the connection can report the error and roll back. */
	@Override
	public void close() throws SQLException {
		if (copy.isActive()) {
			copy.cancelCopy();
		}
	}

}
