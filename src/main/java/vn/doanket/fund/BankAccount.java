package vn.doanket.fund;

/**
 * A bank account a fund receives and pays through; {@code mappingName} is the statement layout saved for it. An
 * account no longer used is deactivated (never deleted: its statements stay): it is not offered for imports or QR codes.
 */
public record BankAccount(long id, long fundId, String bankName, String bin, String accountNumber, String holderName,
		String mappingName, boolean active) {
}
