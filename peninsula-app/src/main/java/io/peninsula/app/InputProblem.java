package io.peninsula.app;

import io.peninsula.formats.Problem;
import java.util.Objects;

/**
 * One thing wrong with an input text or file, located: the file (or a name for text given
 * inline), the 1-based line and column (0 when unknown), the field path (empty when not
 * applicable) and the message saying what is wrong and how to fix it. Front ends show these as they
 * are (the command line one per line, a REST API as a JSON list).
 */
public record InputProblem(String file, int line, int column, String field, String message) {
  public InputProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  static InputProblem of(Problem p) {
    return new InputProblem(p.file(), p.line(), p.column(), p.field(), p.message());
  }
}
