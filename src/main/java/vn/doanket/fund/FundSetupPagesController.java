package vn.doanket.fund;

import java.time.LocalDate;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Messages;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;
import vn.doanket.shared.TypedValues;

/** The accountant's set-up of funds: opening an appeal fund, renaming a fund, its bank accounts with their VietQR. */
@Controller
class FundSetupPagesController {

	private final Funds funds;

	private final BankAccounts accounts;

	private final AccessPolicy access;

	private final Messages messages;

	private final Clock clock;

	private final Units units;

	FundSetupPagesController(Funds funds, BankAccounts accounts, AccessPolicy access, Messages messages, Clock clock,
			Units units) {
		this.units = units;
		this.funds = funds;
		this.accounts = accounts;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
	}

	/** The appeal form as typed. */
	record AppealForm(String unitCode, String name, String description, String openedOn) {

		FundInput toInput() {
			return new FundInput(unitCode, name, description, TypedValues.date(openedOn, "openedOn"));
		}

	}

	/** A fund's name and purpose as typed. */
	record NameForm(String name, String description) {
	}

	/** A committee a user may open a fund for: the unit of a For-the-Poor fund whose books the user keeps. */
	record Committee(String code, String name, LocalDate validTo) {
	}

	/**
	 * An empty appeal form for the first committee the user keeps, opening today, or on the last day its unit existed
	 * when it has been merged away since (a committee is known by its unit at the opening date).
	 */
	@GetMapping("/fund/new")
	String newAppeal(Model model) {
		LocalDate today = LocalDate.now(clock);
		LocalDate opened = committees().stream()
			.findFirst()
			.map(c -> c.validTo() != null && c.validTo().isBefore(today) ? c.validTo() : today)
			.orElse(today);
		return appealForm(model, new AppealForm("", "", "", opened.toString()), Map.of());
	}

	@PostMapping("/fund/new")
	String open(AppealForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		access.require(Capability.KEEP_FUND);
		try {
			Fund fund = funds.openAppeal(form.toInput());
			redirect.addFlashAttribute("notice", messages.get("fund.opened", fund.name()));
			return "redirect:/fund/" + fund.id() + "/settings";
		}
		catch (InvalidInputException ex) {
			response.setStatus(400);
			return appealForm(model, form, messages.byField(ex.problems()));
		}
	}

	@GetMapping("/fund/{id}/settings")
	String settings(@PathVariable long id, Model model) {
		Fund fund = funds.get(id);
		return settingsPage(model, fund, new NameForm(fund.name(), fund.description()), Map.of(), emptyAccount(), Map.of());
	}

	@PostMapping("/fund/{id}/settings")
	String rename(@PathVariable long id, NameForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			Fund fund = funds.rename(id, form.name(), form.description());
			redirect.addFlashAttribute("notice", messages.get("fund.renamed", fund.name()));
			return "redirect:/fund/" + id + "/settings";
		}
		catch (InvalidInputException ex) {
			response.setStatus(400);
			return settingsPage(model, funds.get(id), form, messages.byField(ex.problems()), emptyAccount(), Map.of());
		}
	}

	@PostMapping("/fund/{id}/accounts")
	String addAccount(@PathVariable long id, BankAccountInput form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			BankAccount added = accounts.add(id, form);
			redirect.addFlashAttribute("notice", messages.get("fund.accountAdded", added.bankName(), added.accountNumber()));
			return "redirect:/fund/" + id + "/settings";
		}
		catch (InvalidInputException ex) {
			response.setStatus(400);
			Fund fund = funds.get(id);
			return settingsPage(model, fund, new NameForm(fund.name(), fund.description()), Map.of(), form,
					messages.byField(ex.problems()));
		}
	}

	@GetMapping("/fund/accounts/{accountId}")
	String editAccount(@PathVariable long accountId, Model model) {
		BankAccount account = accounts.get(accountId);
		return accountForm(model, account, new BankAccountInput(account.bankName(), account.bin(), account.accountNumber(),
				account.holderName(), ""), Map.of());
	}

	@PostMapping("/fund/accounts/{accountId}")
	String updateAccount(@PathVariable long accountId, BankAccountInput form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		BankAccount account = accounts.get(accountId);
		try {
			BankAccount saved = accounts.update(accountId, form);
			redirect.addFlashAttribute("notice", messages.get("fund.accountSaved", saved.bankName(), saved.accountNumber()));
			return "redirect:/fund/" + account.fundId() + "/settings";
		}
		catch (InvalidInputException ex) {
			response.setStatus(400);
			return accountForm(model, account, form, messages.byField(ex.problems()));
		}
	}

	@PostMapping("/fund/accounts/{accountId}/active")
	String setActive(@PathVariable long accountId, @RequestParam(required = false) Boolean active, RedirectAttributes redirect) {
		BankAccount saved = accounts.setActive(accountId, active);
		redirect.addFlashAttribute("notice", messages.get(saved.active() ? "fund.accountActivated" : "fund.accountDeactivated",
				saved.bankName(), saved.accountNumber()));
		return "redirect:/fund/" + saved.fundId() + "/settings";
	}

	private String appealForm(Model model, AppealForm form, Map<String, String> errors) {
		List<Committee> committees = committees();
		if (committees.isEmpty()) {
			access.require(Capability.KEEP_FUND);
		}
		model.addAttribute("committees", committees);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "fund/new";
	}

	private List<Committee> committees() {
		return funds.visible()
			.stream()
			.filter(f -> "POOR_FUND".equals(f.kind()) && access.can(Capability.KEEP_FUND, f.unitId()))
			.map(f -> new Committee(f.unitCode(), f.unitName(), units.byId(f.unitId()).map(AdminUnit::validTo).orElse(null)))
			.distinct()
			.toList();
	}

	private String settingsPage(Model model, Fund fund, NameForm name, Map<String, String> nameErrors, BankAccountInput account,
			Map<String, String> accountErrors) {
		List<BankAccount> all = funds.allAccounts(fund.id());
		Map<Long, String> qr = new LinkedHashMap<>();
		Map<Long, String> payload = new LinkedHashMap<>();
		all.forEach(a -> {
			qr.put(a.id(), AccountQr.png(a));
			payload.put(a.id(), AccountQr.payload(a));
		});
		model.addAttribute("fund", fund);
		model.addAttribute("accounts", all);
		model.addAttribute("qr", qr);
		model.addAttribute("payload", payload);
		model.addAttribute("canKeep", access.can(Capability.KEEP_FUND, fund.unitId()));
		model.addAttribute("nameForm", name);
		model.addAttribute("nameErrors", nameErrors);
		model.addAttribute("account", account);
		model.addAttribute("errors", accountErrors);
		model.addAttribute("banks", banks());
		model.addAttribute("presets", StatementMapping.presets().keySet().stream().sorted().toList());
		return "fund/settings";
	}

	private String accountForm(Model model, BankAccount account, BankAccountInput form, Map<String, String> errors) {
		Fund fund = funds.get(account.fundId());
		access.require(Capability.KEEP_FUND, fund.unitId());
		model.addAttribute("fund", fund);
		model.addAttribute("bankAccount", account);
		model.addAttribute("account", form);
		model.addAttribute("errors", errors);
		model.addAttribute("banks", banks());
		model.addAttribute("presets", StatementMapping.presets().keySet().stream().sorted().toList());
		return "fund/account";
	}

	private static List<VietQrBanks.Bank> banks() {
		return VietQrBanks.all().stream().sorted(Comparator.comparing(VietQrBanks.Bank::shortName, String.CASE_INSENSITIVE_ORDER)).toList();
	}

	private static BankAccountInput emptyAccount() {
		return new BankAccountInput("", "", "", "", "");
	}

}
