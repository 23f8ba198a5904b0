package io.peninsula.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.peninsula.testkit.SharedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code peninsula game solve} on the reference games the game-solver issue names, from Gambit's
 * collection, compared with checked-in golden files of our output (--format gambit). The games are
 * GPL and are read from ../shared/anchors/gambit, never copied; the cases skip when it is absent.
 * The sets themselves are checked independently elsewhere: against the sets Gambit's test suite
 * asserts (GambitExpectedSetsTest), hand computation, lrsnash (bench/enummixed.sh) and each other.
 * Regenerate with {@code -Dgolden.update=true} (see {@link GoldenOutputTest}) and review the diff.
 */
class GambitGoldenTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "shapley1974-fig2-enummixed.txt, catalog/journals/other/shapley1974/fig2.nfg, --method enummixed",
    "shapley1974-fig2-lcp.txt, catalog/journals/other/shapley1974/fig2.nfg, --method lcp",
    "shapley1974-fig3-enummixed.txt, catalog/journals/other/shapley1974/fig3.nfg, --method enummixed",
    "oneill-enummixed.txt, contrib/games/oneill.nfg, --method enummixed",
    "coord4-enummixed.txt, contrib/games/coord4.nfg, --method enummixed",
    "coord4-enumpure.txt, contrib/games/coord4.nfg, --method enumpure",
    "winkels-enummixed.txt, contrib/games/winkels.nfg, --method enummixed",
    "vonstengel1999-6x6-enummixed.txt, catalog/journals/dcg/vonstengel1999/6x6_game_with_75_eq.nfg, --method enummixed",
    "poker-lcp.txt, doc/poker.efg, --method lcp",
    "poker-enummixed.txt, doc/poker.efg, --method enummixed",
    "poker-enumpure.txt, doc/poker.efg, --method enumpure",
    "selten1975-fig2-lcp.txt, catalog/journals/ijgt/selten1975/fig2.efg, --method lcp",
    "selten1975-fig2-enumpure.txt, catalog/journals/ijgt/selten1975/fig2.efg, --method enumpure",
    "cent6-spe.txt, contrib/games/cent6.efg, --method spe",
    "cent6-lcp.txt, contrib/games/cent6.efg, --method lcp",
  })
  void solve_matchesGoldenFile(String golden, String game, String args) throws IOException {
    Path file = SharedFiles.require("anchors/gambit/" + game);
    List<String> argv = new ArrayList<>(List.of("game", "solve", file.toString()));
    argv.addAll(List.of(args.split(" ")));
    var r = CliRunner.run(argv.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    Path g = GoldenOutputTest.DIR.resolve("gambit").resolve(golden);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(g.getParent());
      Files.writeString(g, r.out(), StandardCharsets.UTF_8);
    }
    assertThat(r.out()).isEqualTo(Files.readString(g, StandardCharsets.UTF_8));
  }
}
