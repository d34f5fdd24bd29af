package vn.doanket.accounts;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Locks an account after repeated failed logins (form or HTTP Basic); a successful login clears the count. */
@Component
class LoginAttempts {

	private final AccountRepository accounts;

	private final AccountSettings settings;

	private final Clock clock;

	LoginAttempts(AccountRepository accounts, AccountSettings settings, Clock clock) {
		this.accounts = accounts;
		this.settings = settings;
		this.clock = clock;
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		accounts.recordFailure(event.getAuthentication().getName(), settings.maxFailedLogins(),
				clock.instant().plus(settings.lockDuration()));
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		accounts.recordSuccess(event.getAuthentication().getName());
	}

}
