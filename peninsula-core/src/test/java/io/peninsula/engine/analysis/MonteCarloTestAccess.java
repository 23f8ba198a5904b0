package io.peninsula.engine.analysis;

import io.peninsula.model.Scenario;

/** Test fixtures of this package for tests elsewhere. */
public final class MonteCarloTestAccess {
  private MonteCarloTestAccess() {}

  /** {@link MonteCarloTest#everyEditKind()}: five actors, three issues, options of every edit kind. */
  public static Scenario everyEditKind() {
    return MonteCarloTest.everyEditKind();
  }
}
