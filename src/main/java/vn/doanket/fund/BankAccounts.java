package vn.doanket.fund;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.audit.AuditLog;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.NotFoundException;

/**
 * A fund's bank accounts, kept by the fund's accountant: added with a BIN from the VietQR bank list and a number no other
 * account has, edited (the bank and number only while no statement was imported into it), deactivated and reactivated.
 */
@Service
@Transactional
public class BankAccounts {

	private final Funds funds;

	private final FundRepository repository;

	private final AccessPolicy access;

	private final AuditLog audit;

	BankAccounts(Funds funds, FundRepository repository, AccessPolicy access, AuditLog audit) {
		this.funds = funds;
		this.repository = repository;
		this.access = access;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public BankAccount get(long accountId) {
		BankAccount account = find(accountId);
		funds.get(account.fundId());
		return account;
	}

	public BankAccount add(long fundId, BankAccountInput input) {
		Fund fund = funds.find(fundId);
		access.require(Capability.KEEP_FUND, fund.unitId());
		input.check().throwIfAny();
		requireFree(input, null);
		long id = repository.insertAccount(fundId, input.bankNameOrListed(), input.bin().trim(), input.accountNumber().trim(),
				input.holderName().trim(), input.mappingOrNull());
		BankAccount created = find(id);
		audit.record("fund_bank_account", id, "create", null, created);
		return created;
	}

	public BankAccount update(long accountId, BankAccountInput input) {
		BankAccount before = find(accountId);
		Fund fund = funds.find(before.fundId());
		access.require(Capability.KEEP_FUND, fund.unitId());
		input.check().throwIfAny();
		boolean renumbered = !before.bin().equals(input.bin().trim()) || !before.accountNumber().equals(input.accountNumber().trim());
		if (renumbered && repository.hasStatementLines(accountId)) {
			throw InvalidInputException.of("accountNumber", "error.fund.accountHasStatements");
		}
		requireFree(input, accountId);
		repository.updateAccount(accountId, input.bankNameOrListed(), input.bin().trim(), input.accountNumber().trim(),
				input.holderName().trim(), input.mappingOrNull());
		BankAccount after = find(accountId);
		audit.record("fund_bank_account", accountId, "update", before, after);
		return after;
	}

	/** Deactivates an account no longer used (or takes it back into use); its statements and entries stay. */
	public BankAccount setActive(long accountId, Boolean active) {
		BankAccount before = find(accountId);
		Fund fund = funds.find(before.fundId());
		access.require(Capability.KEEP_FUND, fund.unitId());
		if (active == null) {
			throw InvalidInputException.of("active", "error.required");
		}
		repository.setActive(accountId, active);
		BankAccount after = find(accountId);
		audit.record("fund_bank_account", accountId, active ? "activate" : "deactivate", before, after);
		return after;
	}

	private void requireFree(BankAccountInput input, Long exceptId) {
		if (repository.accountTaken(input.bin().trim(), input.accountNumber().trim(), exceptId)) {
			throw InvalidInputException.of("accountNumber", "error.fund.accountExists");
		}
	}

	private BankAccount find(long accountId) {
		return repository.account(accountId).orElseThrow(() -> new NotFoundException("error.fund.accountNotFound", accountId));
	}

}
