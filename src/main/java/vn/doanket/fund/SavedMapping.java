package vn.doanket.fund;

/**
 * A statement mapping offered for imports: one of the presets shipped with the system ({@code id} null, read-only) or
 * one the fund saved under its own name ({@code input} holds its declared columns).
 */
public record SavedMapping(Long id, long fundId, String name, MappingInput input, String updatedBy) {

	public boolean preset() {
		return id == null;
	}

	/** How the amount is declared: two columns (credit and debit) or one signed column. */
	public boolean signed() {
		return input.signedAmount() != null && !input.signedAmount().isBlank();
	}

}
