package vn.doanket.shared;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.DispatcherServlet;

/** Turns message codes into the user's language; problems become "Dòng 3, cột "Số hộ": …". */
@Component
public class Messages {

	private final MessageSource source;

	Messages(MessageSource source) {
		this.source = source;
	}

	/** The text of a code; record ids (longs) are shown without thousands separators. */
	public String get(String code, Object... args) {
		Object[] shown = args == null ? null : java.util.Arrays.stream(args).map(a -> a instanceof Long ? a.toString() : a).toArray();
		return source.getMessage(code, shown, code, locale());
	}

	public String fieldLabel(String field) {
		return source.getMessage("field." + field, null, field, locale());
	}

	/** The problem's message with its field label, e.g. {@code Số hộ gia đình: không được âm}. */
	public String describe(Problem problem) {
		String text = fieldLabel(problem.field()) + ": " + get(problem.code(), problem.args());
		return problem.row() == null ? text : get("error.row", problem.row()) + ", " + text;
	}

	public List<String> describe(List<Problem> problems) {
		return problems.stream().map(this::describe).toList();
	}

	/** The problems' messages per field (without the label), for showing next to each form field. */
	public java.util.Map<String, String> byField(List<Problem> problems) {
		java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
		for (Problem p : problems) {
			errors.merge(p.field(), get(p.code(), p.args()), (a, b) -> a + "; " + b);
		}
		return errors;
	}

	/**
	 * English when asked for, Vietnamese otherwise. Outside the page dispatcher (security filters) the locale comes
	 * from Accept-Language, which falls back to the server's locale when absent: only an explicit header counts there.
	 */
	private static Locale locale() {
		Locale requested = LocaleContextHolder.getLocale();
		if (!"en".equals(requested.getLanguage())) {
			return VIETNAMESE;
		}
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& attributes.getRequest().getAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE) == null
				&& attributes.getRequest().getHeader("Accept-Language") == null) {
			return VIETNAMESE;
		}
		return Locale.ENGLISH;
	}

	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

}
