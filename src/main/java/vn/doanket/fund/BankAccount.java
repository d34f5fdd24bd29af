package vn.doanket.fund;

/** A bank account a fund receives and pays through; {@code mappingName} is the statement layout saved for it. */
public record BankAccount(long id, long fundId, String bankName, String bin, String accountNumber, String holderName,
		String mappingName) {
}
