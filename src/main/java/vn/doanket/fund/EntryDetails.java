package vn.doanket.fund;

/**
 * What an entry says besides its amounts: the description, the party (donor, beneficiary or other fund) as kept and as
 * published, and the facts of receipts and payments. Fields that do not apply are {@code null}.
 */
record EntryDetails(String description, String partyName, String partyPublic, DonorKind donorKind, boolean anonymous,
		Channel channel, String inKindNote, String appeal, PaymentPurpose purpose, PovertyStatus povertyStatus,
		Long counterpartFundId, String referenceCode, Long paymentId, Long reversesId) {

	EntryDetails {
		description = description == null ? "" : description.trim();
	}

	static EntryDetails receipt(String description, String donorName, DonorKind donorKind, boolean anonymous, Channel channel,
			String inKindNote, String appeal, String referenceCode) {
		boolean hidden = anonymous || donorKind == DonorKind.ANONYMOUS || donorName == null || donorName.isBlank();
		return new EntryDetails(description, donorName, hidden ? PublicText.ANONYMOUS : PublicText.scrub(donorName), donorKind,
				hidden, channel, inKindNote, appeal, null, null, null, referenceCode, null, null);
	}

	static EntryDetails payment(String description, String beneficiary, String areaName, PaymentPurpose purpose,
			PovertyStatus status, Channel channel, long paymentId) {
		return new EntryDetails(description, beneficiary, PublicText.beneficiary(beneficiary, areaName), null, false, channel,
				null, null, purpose, status, null, null, paymentId, null);
	}

	static EntryDetails transfer(String description, String counterpartName, long counterpartFundId) {
		return new EntryDetails(description, counterpartName, counterpartName, null, false, Channel.BANK_TRANSFER, null, null,
				null, null, counterpartFundId, null, null, null);
	}

	EntryDetails reversing(long originalId, String reason) {
		return new EntryDetails(reason, partyName, partyPublic, donorKind, anonymous, channel, inKindNote, appeal, purpose,
				povertyStatus, counterpartFundId, referenceCode, paymentId, originalId);
	}

}
