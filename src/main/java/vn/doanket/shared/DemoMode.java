package vn.doanket.shared;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether to load demo data: {@code doanket.demo.enabled} when set, otherwise on with the embedded database and off
 * with an external one.
 */
@Component
public class DemoMode {

	private final boolean enabled;

	private final String password;

	DemoMode(Environment environment) {
		String url = environment.getProperty("spring.datasource.url", "");
		this.enabled = environment.getProperty("doanket.demo.enabled", Boolean.class, url.isBlank());
		this.password = environment.getProperty("doanket.demo.password", "DoanKet@2023");
	}

	public boolean enabled() {
		return enabled;
	}

	/** The password of every demo account. */
	public String password() {
		return password;
	}

}
