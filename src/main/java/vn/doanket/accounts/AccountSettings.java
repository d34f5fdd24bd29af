package vn.doanket.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxFailedLogins failed logins in a row that lock an account
 * @param lockDuration how long the lock lasts
 * @param bcryptStrength cost of password hashing (tests lower it)
 * @param adminPassword with no users yet, creates "admin" with this password (external databases)
 */
@ConfigurationProperties("doanket.accounts")
record AccountSettings(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockDuration,
		@DefaultValue("10") int bcryptStrength, String adminPassword) {
}
