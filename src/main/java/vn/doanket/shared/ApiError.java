package vn.doanket.shared;

import java.util.List;

/** The JSON body of every API error. */
public record ApiError(int status, String error, String message, List<FieldError> errors, String errorId) {

	/** One problem: {@code row} is set for files, {@code field} names the field or column. */
	public record FieldError(Integer row, String field, String message) {
	}

}
