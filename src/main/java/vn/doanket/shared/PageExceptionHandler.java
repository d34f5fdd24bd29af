package vn.doanket.shared;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Pages never show a stack trace: known errors get their message, unexpected ones an id to quote. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

	private final Messages messages;

	PageExceptionHandler(Messages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(AccessDeniedException.class)
	String denied(HttpServletResponse response, Model model) {
		return page(response, model, 403, List.of(messages.get("error.forbidden")));
	}

	@ExceptionHandler(NotFoundException.class)
	String notFound(NotFoundException ex, HttpServletResponse response, Model model) {
		return page(response, model, 404, List.of(messages.get(ex.code(), ex.args())));
	}

	@ExceptionHandler(InvalidInputException.class)
	String invalid(InvalidInputException ex, HttpServletResponse response, Model model) {
		return page(response, model, 400, messages.describe(ex.problems()));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	String typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletResponse response, Model model) {
		return invalid(InvalidInputException.of(ex.getName(), "error.badValue", String.valueOf(ex.getValue())), response, model);
	}

	@ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
	String conflict(HttpServletResponse response, Model model) {
		return page(response, model, 409, List.of(messages.get("error.conflict")));
	}

	@ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
	String notMultipart(HttpServletResponse response, Model model) {
		return invalid(InvalidInputException.of("file", "error.required"), response, model);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletResponse response, Model model) {
		return page(response, model, 413, List.of(messages.get("error.fileTooLarge")));
	}

	@ExceptionHandler(Exception.class)
	String unexpected(Exception ex, HttpServletResponse response, Model model) {
		if (ex instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
			int status = known.getStatusCode().value();
			return page(response, model, status, List.of(messages.get("error.status." + status)));
		}
		String id = UUID.randomUUID().toString().substring(0, 8);
		log.error("Unexpected error {}", id, ex);
		return page(response, model, 500, List.of(messages.get("error.unexpected", id)));
	}

	private static String page(HttpServletResponse response, Model model, int status, List<String> lines) {
		response.setStatus(status);
		model.addAttribute("status", status);
		model.addAttribute("lines", lines);
		return "error";
	}

}
