package vn.doanket.accounts;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in account as Spring Security sees it. */
class AccountUserDetails implements UserDetails {

	private final CurrentUser user;

	private final String passwordHash;

	private final boolean enabled;

	private final boolean locked;

	AccountUserDetails(Account account, Instant now) {
		this.user = account.toCurrentUser();
		this.passwordHash = account.passwordHash();
		this.enabled = account.enabled();
		this.locked = account.lockedAt(now);
	}

	CurrentUser user() {
		return user;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return user.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

}
