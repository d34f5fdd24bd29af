package vn.doanket.fund;

import java.util.Base64;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.shared.Checks;
import vn.doanket.shared.InvalidInputException;

/**
 * VietQR codes for a fund's bank account, carrying a reference: one a donor asks for on the public page (so that
 * their transfer is matched to them, with their anonymity wish), or one the fund's keepers choose for an appeal.
 */
@Service
@Transactional
public class DonationReferences {

	private final Funds funds;

	private final FundRepository fundRepository;

	private final JdbcClient jdbc;

	private final AccessPolicy access;

	private final ReferenceCodes codes = new ReferenceCodes();

	DonationReferences(Funds funds, FundRepository fundRepository, JdbcClient jdbc, AccessPolicy access) {
		this.funds = funds;
		this.fundRepository = fundRepository;
		this.jdbc = jdbc;
		this.access = access;
	}

	/** A QR code and its payload. */
	public record QrCode(String reference, String payload, String png, String bank, String accountNumber, String holder) {
	}

	/** For the fund's keepers: a QR code for an amount and a reference of their choice (or a new system reference). */
	public QrCode forKeepers(long fundId, Long amount, String reference) {
		Fund fund = funds.find(fundId);
		access.require(Capability.READ_FUND, fund.unitId());
		Checks checks = new Checks();
		checks.require(amount == null || (amount > 0 && amount <= VietQrPayload.AMOUNT_MAX), "amount", "error.fund.amountPositive");
		String ref = reference == null || reference.isBlank() ? null : reference.trim().toUpperCase(java.util.Locale.ROOT);
		checks.require(ref == null || ref.matches("[A-Z0-9 ]{1,25}"), "ref", "error.fund.referenceInvalid");
		checks.throwIfAny();
		if (ref == null) {
			ref = issue(fundId, null, false, fund.name());
		}
		return qr(fund, amount, ref);
	}

	/** For a donor on the public page: a personal reference, remembered with the name and the anonymity wish. */
	public QrCode forDonor(long fundId, String donorName, boolean anonymous, Long amount) {
		Fund fund = funds.find(fundId);
		Checks checks = new Checks();
		checks.require(donorName == null || donorName.length() <= 200, "donorName", "error.tooLong", 200);
		checks.require(amount == null || (amount > 0 && amount <= VietQrPayload.AMOUNT_MAX), "amount", "error.fund.amountPositive");
		checks.throwIfAny();
		String name = donorName == null || donorName.isBlank() ? null : PublicText.scrub(donorName.trim());
		return qr(fund, amount, issue(fundId, name, anonymous || name == null, null));
	}

	private String issue(long fundId, String donorName, boolean anonymous, String appeal) {
		for (int attempt = 0; attempt < 5; attempt++) {
			String code = codes.next();
			int inserted = jdbc.sql("insert into fund_reference (code, fund_id, donor_name, anonymous, appeal)"
					+ " values (:c, :f, :n, :a, :ap) on conflict (code) do nothing")
				.param("c", code)
				.param("f", fundId)
				.param("n", donorName)
				.param("a", anonymous)
				.param("ap", appeal)
				.update();
			if (inserted == 1) {
				return code;
			}
		}
		throw new IllegalStateException("no free reference code");
	}

	private QrCode qr(Fund fund, Long amount, String reference) {
		BankAccount account = fundRepository.accounts(fund.id())
			.stream()
			.findFirst()
			.orElseThrow(() -> InvalidInputException.of("account", "error.fund.unknownAccount"));
		VietQrPayload.Builder builder = VietQrPayload.builder()
			.bankBin(account.bin())
			.accountNumber(account.accountNumber())
			.purpose(reference);
		if (amount != null) {
			builder.amount(amount);
		}
		VietQrPayload payload = builder.build();
		String png = "data:image/png;base64," + Base64.getEncoder().encodeToString(VietQrImage.png(payload));
		return new QrCode(reference, payload.text(), png, account.bankName(), account.accountNumber(), account.holderName());
	}

}
