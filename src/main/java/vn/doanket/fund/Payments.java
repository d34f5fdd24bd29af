package vn.doanket.fund;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.audit.AuditLog;
import vn.doanket.shared.NotFoundException;

/**
 * Payments in two steps: the accountant proposes, a member of the committee with the right to approve decides; the
 * proposer can never approve their own proposal. Approval posts the payment; a rejection posts nothing.
 */
@Service
@Transactional
public class Payments {

	private final Funds funds;

	private final PaymentRepository repository;

	private final Ledger ledger;

	private final AccessPolicy access;

	private final AuditLog audit;

	Payments(Funds funds, PaymentRepository repository, Ledger ledger, AccessPolicy access, AuditLog audit) {
		this.funds = funds;
		this.repository = repository;
		this.ledger = ledger;
		this.access = access;
		this.audit = audit;
	}

	public Payment propose(long fundId, PaymentInput input) {
		Fund fund = funds.find(fundId);
		access.require(Capability.KEEP_FUND, fund.unitId());
		input.check().throwIfAny();
		PeriodLock.requireOpen(fund.closedThrough(), input.date(), "date");
		long id = repository.insert(fundId, input, access.requireUser().username());
		Payment created = repository.find(id).orElseThrow();
		audit.record("fund_payment", id, "propose", null, created);
		return created;
	}

	@Transactional(readOnly = true)
	public List<Payment> list(long fundId, String status) {
		funds.get(fundId);
		return repository.list(fundId, status == null ? "" : status.trim().toUpperCase(java.util.Locale.ROOT));
	}

	@Transactional(readOnly = true)
	public Payment get(long id) {
		Payment payment = find(id);
		funds.get(payment.fundId());
		return payment;
	}

	public Payment approve(long id) {
		Payment before = decidable(id);
		String approver = access.requireUser().username();
		EntryDetails details = EntryDetails.payment(
				before.description().isBlank() ? "Chi " + before.purpose().name() : before.description(),
				before.beneficiaryName(), before.areaName(), before.purpose(), before.povertyStatus(), before.channel(),
				before.id());
		long entryId = ledger.post(Posting.payment(before.fundId(), before.date(), before.amount(), details), approver);
		repository.decide(id, PaymentStatus.APPROVED, approver, entryId);
		Payment after = repository.find(id).orElseThrow();
		audit.record("fund_payment", id, "approve", before, after);
		return after;
	}

	public Payment reject(long id) {
		Payment before = decidable(id);
		repository.decide(id, PaymentStatus.REJECTED, access.requireUser().username(), null);
		Payment after = repository.find(id).orElseThrow();
		audit.record("fund_payment", id, "reject", before, after);
		return after;
	}

	private Payment decidable(long id) {
		Payment payment = find(id);
		Fund fund = funds.find(payment.fundId());
		access.require(Capability.APPROVE_FUND, fund.unitId());
		Payment locked = repository.lock(id).orElseThrow();
		locked.requireDecidableBy(access.requireUser().username());
		return locked;
	}

	private Payment find(long id) {
		return repository.find(id).orElseThrow(() -> new NotFoundException("error.fund.paymentNotFound", id));
	}

}
