package vn.doanket.shared;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns every failure of a JSON endpoint into an {@link ApiError} with a Vietnamese message and a 4xx code. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final Messages messages;

	ApiExceptionHandler(Messages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ApiError> invalid(InvalidInputException ex) {
		List<ApiError.FieldError> errors = ex.problems()
			.stream()
			.map(p -> new ApiError.FieldError(p.row(), p.field(), messages.describe(p)))
			.toList();
		String message = errors.size() == 1 ? errors.get(0).message() : messages.get("error.invalidInput.many", errors.size());
		return body(HttpStatus.BAD_REQUEST, message, errors, null);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ApiError> notFound(NotFoundException ex) {
		return body(HttpStatus.NOT_FOUND, messages.get(ex.code(), ex.args()), List.of(), null);
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ApiError> noResource(NoResourceFoundException ex) {
		return body(HttpStatus.NOT_FOUND, messages.get("error.notFound"), List.of(), null);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ApiError> denied(AccessDeniedException ex) {
		return body(HttpStatus.FORBIDDEN, messages.get("error.forbidden"), List.of(), null);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException ex) {
		Problem problem = Problem.field(ex.getName(), "error.badValue", String.valueOf(ex.getValue()));
		return invalid(new InvalidInputException(List.of(problem)));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException ex) {
		return invalid(InvalidInputException.of(ex.getParameterName(), "error.required"));
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	ResponseEntity<ApiError> missingPart(MissingServletRequestPartException ex) {
		return invalid(InvalidInputException.of(ex.getRequestPartName(), "error.required"));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException ex) {
		String field = JsonFieldPath.of(ex);
		return invalid(InvalidInputException.of(field == null ? "body" : field, "error.unreadableBody"));
	}

	@ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
	ResponseEntity<ApiError> notMultipart(org.springframework.web.multipart.MultipartException ex) {
		return invalid(InvalidInputException.of("file", "error.required"));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException ex) {
		return body(HttpStatus.PAYLOAD_TOO_LARGE, messages.get("error.fileTooLarge"), List.of(), null);
	}

	@ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
	ResponseEntity<ApiError> conflict(org.springframework.dao.DataIntegrityViolationException ex) {
		log.info("Refused a write that breaks a database constraint: {}", ex.getMostSpecificCause().getMessage());
		return body(HttpStatus.CONFLICT, messages.get("error.conflict"), List.of(), null);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException ex) {
		return body(HttpStatus.METHOD_NOT_ALLOWED, messages.get("error.methodNotAllowed"), List.of(), null);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException ex) {
		return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, messages.get("error.mediaType"), List.of(), null);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ApiError> unexpected(Exception ex) {
		if (ex instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
			HttpStatus status = HttpStatus.valueOf(known.getStatusCode().value());
			return body(status, messages.get("error.status." + status.value()), List.of(), null);
		}
		String id = UUID.randomUUID().toString().substring(0, 8);
		log.error("Unexpected error {}", id, ex);
		return body(HttpStatus.INTERNAL_SERVER_ERROR, messages.get("error.unexpected", id), List.of(), id);
	}

	private ResponseEntity<ApiError> body(HttpStatus status, String message, List<ApiError.FieldError> errors, String id) {
		String title = messages.get("error.status." + status.value());
		return ResponseEntity.status(status).body(new ApiError(status.value(), title, message, errors, id));
	}

}
