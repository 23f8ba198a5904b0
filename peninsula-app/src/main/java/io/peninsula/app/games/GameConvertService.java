package io.peninsula.app.games;

import io.peninsula.app.BadRequestException;
import io.peninsula.formats.gambit.EfgWriter;
import io.peninsula.formats.gambit.NfgWriter;
import java.util.List;

/** {@code game convert}: rewrites a game file as .nfg or .efg; a tree written as .nfg is its reduced strategic form. */
public final class GameConvertService {
  /** The formats a game can be written in. */
  public static final List<String> FORMATS = List.of("nfg", "efg");

  /** The text of {@code file} in format {@code to}. */
  public String convert(String file, String to) {
    if (!FORMATS.contains(to)) throw new BadRequestException("unknown --to \"" + to + "\" (allowed: nfg, efg)");
    GameFile game = GameFile.read(file);
    if (!game.isExtensive() && to.equals("efg"))
      throw new BadRequestException(file + " is a strategic (.nfg) game; --to efg would need a game tree, which a table does not "
          + "determine (use --to nfg)");
    if (!game.isExtensive()) return NfgWriter.write(game.strategic());
    return to.equals("efg") ? EfgWriter.write(game.tree()) : NfgWriter.write(game.reducedForm(game.tree()));
  }
}
