package io.peninsula.app.games;

import java.util.Objects;
import java.util.Optional;

/**
 * Solve a game file: the method, an optional iterated elimination of strictly dominated strategies
 * first ({@code pure} or {@code mixed} dominators), and whether to solve a tree's reduced strategic
 * form instead of the tree.
 */
public record GameSolveRequest(String file, String method, Optional<String> eliminateDominated, boolean strategic) {
  public GameSolveRequest {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(eliminateDominated, "eliminateDominated");
  }
}
