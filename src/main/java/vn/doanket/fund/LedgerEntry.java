package vn.doanket.fund;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A posted entry as the fund's keepers see it (the public sees {@link PublicTransaction}). */
public record LedgerEntry(long id, long fundId, EntryKind kind, LocalDate date, long amount, int direction,
		String description, String partyName, String partyPublic, String donorKind, boolean anonymous, String channel,
		String purpose, String referenceCode, Long counterpartFundId, Long paymentId, Long reversesId, String voucher,
		String createdBy) {

	/** The entry as a record of what it says, for building its reversal. */
	@JsonIgnore
	EntryDetails details() {
		return new EntryDetails(description, partyName, partyPublic, Enums.parse(DonorKind.class, donorKind), anonymous,
				Channel.parse(channel), null, null, Enums.parse(PaymentPurpose.class, purpose), null, counterpartFundId,
				referenceCode, paymentId, reversesId);
	}

	/** The signed change of the given fund's money. */
	public long signedAmount(long viewingFundId) {
		return viewingFundId == fundId ? direction * amount : -direction * amount;
	}

	/** The amount read out in words, for vouchers. */
	@JsonProperty("amountInWords")
	public String amountInWords() {
		return AmountInWords.of(amount);
	}

}
