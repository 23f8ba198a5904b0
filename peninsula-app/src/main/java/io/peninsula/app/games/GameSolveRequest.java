package io.peninsula.app.games;

import java.util.Objects;
import java.util.Optional;

/**
 * Solve a game: the method, an optional iterated elimination of strictly dominated strategies
 * first ({@code pure} or {@code mixed} dominators), whether to solve a tree's reduced strategic
 * form instead of the tree, and where the game is. With {@code text} empty (the command line),
 * {@code file} is the path of a Gambit file read when the request runs; with {@code text} given
 * (the web, whose body carries the game), the game is that Gambit text and {@code file} only the
 * name its problems are reported under ({@link GameFile#ofText}). The text is part of the request,
 * so it is stored with the run and {@code runs rerun} needs no file. Runs stored before {@code text}
 * existed have no such field and read back as file requests.
 */
public record GameSolveRequest(String file, String method, Optional<String> eliminateDominated, boolean strategic, Optional<String> text) {
  public GameSolveRequest {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(eliminateDominated, "eliminateDominated");
    Objects.requireNonNull(text, "text");
  }

  /** A game file on disk, read when the request runs. */
  public GameSolveRequest(String file, String method, Optional<String> eliminateDominated, boolean strategic) {
    this(file, method, eliminateDominated, strategic, Optional.empty());
  }

  /** Gambit text given inline, named as {@link GameFile#ofText} names it. */
  public static GameSolveRequest ofText(String text, String method, Optional<String> eliminateDominated, boolean strategic) {
    return new GameSolveRequest(GameFile.ofText(text).path(), method, eliminateDominated, strategic, Optional.of(text));
  }

  /** The game as read: the inline text, or the file. */
  GameFile game() {
    return text.map(t -> new GameFile(file, t)).orElseGet(() -> GameFile.read(file));
  }
}
