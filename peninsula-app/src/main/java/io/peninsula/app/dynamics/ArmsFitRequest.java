package io.peninsula.app.dynamics;

import java.util.Objects;
import java.util.Optional;

/**
 * A Richardson arms fit: two states (COW abbreviations, upper case), the window (empty: the
 * dyad's longest common run), the held-out years ({@code auto}: the last 5, {@code none}, or
 * {@code Y1-Y2} ending at the window's end), the data set, bootstrap replicates and seed.
 */
public record ArmsFitRequest(String firstState, String secondState, Optional<Integer> from, Optional<Integer> to, String holdout, String data,
    int bootstrap, long seed) {
  public ArmsFitRequest {
    Objects.requireNonNull(firstState, "firstState");
    Objects.requireNonNull(secondState, "secondState");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(holdout, "holdout");
    Objects.requireNonNull(data, "data");
  }
}
