package io.peninsula.app.games;

import java.util.Objects;

/** Iterated elimination of dominated strategies of a game file: {@code strict} (pure dominators), {@code mixed} or {@code weak}. */
public record GameReduceRequest(String file, String dominance) {
  public GameReduceRequest {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(dominance, "dominance");
  }
}
