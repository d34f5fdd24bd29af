package vn.doanket.plans;

import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Service;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.accounts.CurrentUser;
import vn.doanket.plans.importing.PlanDocumentReader;
import vn.doanket.plans.importing.PlanTextParser;

/**
 * Proposes the structure of an uploaded or pasted plan without saving anything; the user confirms or corrects the
 * proposal and saves it through {@link PlanDrafting}. The proposal is for the caller's own committee.
 */
@Service
class PlanImporting {

	private final AccessPolicy access;

	PlanImporting(AccessPolicy access) {
		this.access = access;
	}

	PlanData proposeFile(String filename, byte[] content) {
		access.require(Capability.MANAGE_PLANS);
		return propose(PlanDocumentReader.read(filename, content));
	}

	PlanData proposeText(String text) {
		access.require(Capability.MANAGE_PLANS);
		byte[] bytes = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
		return propose(PlanDocumentReader.read("pasted.txt", bytes));
	}

	private PlanData propose(String text) {
		PlanData proposal = ProposalMapping.toData(PlanTextParser.parse(text));
		CurrentUser user = access.requireUser();
		if (user.scopeUnitId() == null) {
			return proposal;
		}
		return new PlanData(null, user.scopeUnitId(), null, proposal.documentType(), proposal.number(), proposal.symbol(),
				null, proposal.place(), proposal.issuedOn(), proposal.title(), proposal.summary(), proposal.campaignYear(),
				proposal.parentBody(), proposal.issuingBody(), proposal.legalBases(), proposal.introduction(),
				proposal.sections(), proposal.closing(), proposal.signer(), proposal.recipients(), null, null, null, null,
				null, null, null, proposal.needsReview());
	}

}
