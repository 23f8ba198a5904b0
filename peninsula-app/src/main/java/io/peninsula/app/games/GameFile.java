package io.peninsula.app.games;

import io.peninsula.app.BadRequestException;
import io.peninsula.app.Provenance;
import io.peninsula.app.Sha256;
import io.peninsula.formats.InputException;
import io.peninsula.formats.gambit.EfgReader;
import io.peninsula.formats.gambit.NfgReader;
import io.peninsula.game.ExtensiveGame;
import io.peninsula.game.ReducedStrategicForm;
import io.peninsula.game.StrategicGame;
import java.nio.file.Files;
import java.nio.file.Path;

/** A game file as read: its path, text and SHA-256, and whether it holds a tree (.efg) or a strategic game (.nfg). */
public record GameFile(String path, String text) {
  /** Reads a Gambit .nfg or .efg file; a missing or unreadable file is bad input naming it. */
  public static GameFile read(String path) {
    Path file = Path.of(path);
    if (!Files.isRegularFile(file)) throw InputException.of(path, 0, 0, "", "no such file; give a Gambit .nfg or .efg file");
    return new GameFile(path, io.peninsula.formats.InputLimits.readFile(file));
  }

  /**
   * Gambit text given inline (as a request body carries it), named {@code game.efg} when it opens
   * with {@code EFG} and {@code game.nfg} otherwise; its problems name that file.
   */
  public static GameFile ofText(String text) {
    return new GameFile(text.stripLeading().startsWith("EFG") ? "game.efg" : "game.nfg", text);
  }

  public boolean isExtensive() {
    return path.endsWith(".efg") || text.stripLeading().startsWith("EFG");
  }

  public ExtensiveGame tree() {
    return EfgReader.read(path, text);
  }

  /** The strategic game: an .nfg as written, an .efg as its reduced strategic form. */
  public StrategicGame strategic() {
    return isExtensive() ? reducedForm(tree()) : NfgReader.read(path, text);
  }

  /** The reduced strategic form of a tree, or a bad request naming the file when it is too large to build. */
  public StrategicGame reducedForm(ExtensiveGame tree) {
    try {
      return ReducedStrategicForm.of(tree).game();
    } catch (io.peninsula.error.InvalidInputException e) { // the size limit of the reduced strategic form
      throw new BadRequestException(path + ": " + e.getMessage(), e);
    }
  }

  public Provenance.InputFile stamp() {
    return new Provenance.InputFile(path, Sha256.of(text));
  }
}
