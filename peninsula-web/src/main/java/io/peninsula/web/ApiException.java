package io.peninsula.web;

import java.util.List;
import java.util.Objects;

/**
 * A request the API refuses, with the HTTP status to answer and every problem found. Handlers throw
 * it; the server turns it into {@code {"error":…,"problems":[…]}} and never shows a stack trace.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final transient List<ApiProblem> problems;

  public ApiException(int status, String message, List<ApiProblem> problems) {
    super(Objects.requireNonNull(message, "message"));
    this.status = status;
    this.problems = List.copyOf(problems);
  }

  public static ApiException badRequest(String message) {
    return new ApiException(400, message, List.of(ApiProblem.of("", message)));
  }

  public static ApiException badField(String field, String message) {
    return new ApiException(400, field + ": " + message, List.of(ApiProblem.of(field, message)));
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, message, List.of());
  }

  public int status() {
    return status;
  }

  public List<ApiProblem> problems() {
    return problems;
  }
}
