package vn.doanket.shared;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that never reached a controller (unknown addresses, refusals by the security filters): a Vietnamese page,
 * or an {@link ApiError} for {@code /api/} addresses. Opened directly, {@code /error} is simply "not found".
 */
@Controller
class AppErrorController implements ErrorController {

	private final Messages messages;

	private final ObjectMapper json;

	AppErrorController(Messages messages, ObjectMapper json) {
		this.messages = messages;
		this.json = json;
	}

	@RequestMapping("/error")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = status(request);
		String message = messages.get(switch (status) {
			case FORBIDDEN -> "error.forbidden";
			case NOT_FOUND -> "error.notFound";
			case UNAUTHORIZED -> "error.unauthorized";
			default -> "error.status." + status.value();
		});
		response.setStatus(status.value());
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null && uri.toString().startsWith(request.getContextPath() + "/api/")) {
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			json.writeValue(response.getOutputStream(),
					new ApiError(status.value(), messages.get("error.status." + status.value()), message, List.of(), null));
			return null;
		}
		ModelAndView page = new ModelAndView("error");
		page.addObject("status", status.value());
		page.addObject("lines", List.of(message));
		return page;
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value) {
			HttpStatus status = HttpStatus.resolve(value);
			if (status != null) {
				return status;
			}
		}
		return HttpStatus.NOT_FOUND;
	}

}
