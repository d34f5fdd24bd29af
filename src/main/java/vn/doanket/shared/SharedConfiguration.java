package vn.doanket.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** The clock (Vietnam time) and the language switch: Vietnamese by default, {@code ?lang=en} for English. */
@Configuration(proxyBeanMethods = false)
class SharedConfiguration implements WebMvcConfigurer {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Bean
	Clock clock() {
		return Clock.system(VIETNAM);
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("doanket-lang") {
			@Override
			public Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
				Locale locale = super.resolveLocale(request);
				return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Messages.VIETNAMESE;
			}
		};
		resolver.setDefaultLocale(Locale.forLanguageTag("vi"));
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
