package vn.doanket.accounts;

import java.util.Map;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.audit.AuditLog;
import vn.doanket.shared.Checks;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.NotFoundException;
import vn.doanket.shared.PageResult;
import vn.doanket.units.Units;

/** Creating and editing accounts (administrators), and changing one's own password. */
@Service
@Transactional
public class UserAdministration {

	static final int MIN_PASSWORD_LENGTH = 8;

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final AccessPolicy access;

	private final AuditLog audit;

	private final Units units;

	UserAdministration(AccountRepository accounts, PasswordEncoder encoder, AccessPolicy access, AuditLog audit, Units units) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.access = access;
		this.audit = audit;
		this.units = units;
	}

	@Transactional(readOnly = true)
	PageResult<Account> search(String query, int page, int size) {
		access.require(Capability.MANAGE_USERS);
		String q = query == null ? "" : query.trim();
		return new PageResult<>(accounts.search(q, page * size, size), accounts.countSearch(q), page, size);
	}

	@Transactional(readOnly = true)
	Account get(long id) {
		access.require(Capability.MANAGE_USERS);
		return accounts.findById(id).orElseThrow(() -> new NotFoundException("error.user.notFound", id));
	}

	long create(UserInput input) {
		access.require(Capability.MANAGE_USERS);
		Checks checks = input.check(units);
		checks.require(input.username() == null || !input.username().matches(".*\\s.*") && input.username().matches("^[a-z0-9._-]{3,64}$"),
				"username", "error.user.username");
		if (input.username() != null && accounts.findByUsername(input.username().trim()).isPresent()) {
			checks.add(vn.doanket.shared.Problem.field("username", "error.user.exists", input.username()));
		}
		checkPassword(checks, input.password(), "password");
		checks.throwIfAny();
		long id = accounts.insert(input.username().trim(), input.fullName().trim(), encoder.encode(input.password()), input.role(),
				input.scopeUnitId(), input.memberOrgId());
		audit.record("app_user", id, "create", null, snapshot(accounts.findById(id).orElseThrow()));
		return id;
	}

	void update(long id, UserInput input, boolean enabled) {
		Account before = get(id);
		input.check(units).throwIfAny();
		accounts.update(id, input.fullName().trim(), input.role(), input.scopeUnitId(), input.memberOrgId(), enabled);
		if (input.password() != null && !input.password().isBlank()) {
			Checks checks = new Checks();
			checkPassword(checks, input.password(), "password");
			checks.throwIfAny();
			accounts.updatePassword(id, encoder.encode(input.password()));
		}
		audit.record("app_user", id, "update", snapshot(before), snapshot(accounts.findById(id).orElseThrow()));
	}

	void unlock(long id) {
		Account before = get(id);
		accounts.unlock(id);
		audit.record("app_user", id, "unlock", snapshot(before), snapshot(accounts.findById(id).orElseThrow()));
	}

	/** The signed-in user changes their own password, proving the current one. */
	public void changeOwnPassword(String current, String next, String repeat) {
		CurrentUser user = access.requireUser();
		Account account = accounts.findById(user.id()).orElseThrow();
		Checks checks = new Checks();
		checks.require(current != null && encoder.matches(current, account.passwordHash()), "currentPassword", "error.password.wrong");
		checkPassword(checks, next, "newPassword");
		checks.require(next != null && next.equals(repeat), "repeatPassword", "error.password.mismatch");
		checks.require(next == null || !next.equals(current), "newPassword", "error.password.same");
		checks.throwIfAny();
		accounts.updatePassword(account.id(), encoder.encode(next));
		audit.record("app_user", account.id(), "change_password", null, Map.of("username", account.username()));
	}

	static void checkPassword(Checks checks, String password, String field) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			checks.add(vn.doanket.shared.Problem.field(field, "error.password.short", MIN_PASSWORD_LENGTH));
		}
		else if (!password.matches(".*[A-Za-z].*") || !password.matches(".*[0-9].*")) {
			checks.add(vn.doanket.shared.Problem.field(field, "error.password.weak"));
		}
	}

	/** What the audit log keeps of an account: never the password hash. */
	private static Map<String, Object> snapshot(Account a) {
		Map<String, Object> map = new java.util.LinkedHashMap<>();
		map.put("username", a.username());
		map.put("fullName", a.fullName());
		map.put("role", a.role().name());
		map.put("scopeUnitId", a.scopeUnitId());
		map.put("memberOrgId", a.memberOrgId());
		map.put("enabled", a.enabled());
		map.put("locked", a.lockedUntil() != null);
		return map;
	}

	/** Thrown so callers can show field errors. */
	static InvalidInputException invalid(Checks checks) {
		return new InvalidInputException(checks.problems());
	}

}
