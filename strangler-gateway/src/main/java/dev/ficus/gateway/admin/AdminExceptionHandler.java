package dev.ficus.gateway.admin;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;

import dev.ficus.gateway.rollout.RolloutConflictException;

/**
 * Turns admin API mistakes into problem details: bad input is 400, a command that does not fit the rollout 409.
 * Malformed JSON, unknown modes and out-of-range weights are handled by the base class as 400 too.
 */
@RestControllerAdvice(assignableTypes = RouteAdminController.class)
class AdminExceptionHandler extends ResponseEntityExceptionHandler {

	@ExceptionHandler({ UnknownCapabilityException.class, IllegalArgumentException.class })
	ProblemDetail badInput(RuntimeException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(RolloutConflictException.class)
	ProblemDetail conflict(RolloutConflictException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

}
