package io.peninsula.web;

import io.peninsula.app.InputProblem;
import java.util.Objects;

/**
 * One thing wrong with a request or a scenario, as the API reports it: 1-based {@code line} and
 * {@code column} (0 when unknown), the field path (empty when not applicable) and the message.
 */
public record ApiProblem(int line, int column, String field, String message) {
  public ApiProblem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  public static ApiProblem of(String field, String message) {
    return new ApiProblem(0, 0, field, message);
  }

  public static ApiProblem of(InputProblem p) {
    return new ApiProblem(p.line(), p.column(), p.field(), p.message());
  }
}
