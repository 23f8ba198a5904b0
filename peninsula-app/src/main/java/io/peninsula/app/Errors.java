package io.peninsula.app;

import io.peninsula.error.InvalidInputException;
import io.peninsula.error.IterationLimitException;
import io.peninsula.formats.InputException;
import io.peninsula.store.StoreException;
import java.util.List;
import java.util.Optional;

/**
 * How a failure should be reported by a front end: bad input (the command line exits 2, a REST API
 * answers 400) or a runtime failure (exit 1, 500). Bad input is a {@link BadRequestException}, a
 * file's {@link InputException} or an engine's {@link InvalidInputException}, also when wrapped;
 * an {@link IterationLimitException} is a runtime failure that names the option raising the cap.
 */
public final class Errors {
  private Errors() {}

  /** True when {@code t} or one of its causes says the input was bad. */
  public static boolean isBadInput(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof IterationLimitException) return false;
      if (c instanceof BadRequestException || c instanceof InputException || c instanceof InvalidInputException) return true;
    }
    return false;
  }

  /** A file's input problems (one per line), when {@code t} is one; the CLI prints their count. */
  public static int problemCount(Throwable t) {
    return t instanceof InputException ie ? ie.problems().size() : 0;
  }

  /** True when the message is a file's problem list, printed as is (no "error: " prefix). */
  public static boolean isFileProblem(Throwable t) {
    return t instanceof InputException;
  }

  /** The located problems of an input file or text, when {@code t} itself is a file's problem list. */
  public static Optional<List<InputProblem>> inputProblems(Throwable t) {
    return t instanceof InputException ie ? Optional.of(ie.problems().stream().map(InputProblem::of).toList()) : Optional.empty();
  }

  /**
   * True when {@code t} is the run store failing (locked past its wait, unreadable, corrupt): the
   * request was fine, the store is not available now (a REST API answers 503).
   */
  public static boolean isStoreFailure(Throwable t) {
    return t instanceof StoreException;
  }
}
