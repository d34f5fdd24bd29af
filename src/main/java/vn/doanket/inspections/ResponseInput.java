package vn.doanket.inspections;

/**
 * The owner's response: what was done, whether the owner considers it done (which asks the inspecting side to close
 * it), and whether the owner closes it right away with this response.
 */
public record ResponseInput(String response, Boolean done, Boolean close) {

	public ResponseInput(String response, Boolean done) {
		this(response, done, false);
	}

	boolean closing() {
		return Boolean.TRUE.equals(close);
	}

}
