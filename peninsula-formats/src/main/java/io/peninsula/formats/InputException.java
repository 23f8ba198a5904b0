package io.peninsula.formats;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Bad input: carries every {@link Problem} found in a file (validation collects all of them before
 * throwing). The CLI prints {@link #getMessage()} (one problem per line) and exits with code 2.
 */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Problem> problems;

  public InputException(List<Problem> problems) {
    super(problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) throw new IllegalArgumentException("an InputException needs at least one problem");
    this.problems = List.copyOf(problems);
  }

  public static InputException of(String file, int line, int column, String field, String message) {
    return new InputException(List.of(new Problem(file, line, column, field, message)));
  }

  public List<Problem> problems() {
    return problems;
  }
}
