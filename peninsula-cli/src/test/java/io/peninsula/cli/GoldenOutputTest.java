package io.peninsula.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * End-to-end outputs compared with checked-in golden files. After an intended change, regenerate
 * with {@code mvn -pl peninsula-cli -am test -Dtest=GoldenOutputTest -Dgolden.update=true
 * -Dsurefire.failIfNoSpecifiedTests=false} and review the diff before committing.
 */
class GoldenOutputTest {
  static final Path DIR = Path.of("src", "test", "resources", "golden");

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "forecast-korea-2025-compromise.csv, forecast korea-2025 --model compromise --format csv",
    "forecast-korea-2025-compromise.txt, forecast korea-2025 --model compromise",
    "forecast-korea-2019-median.csv, forecast korea-2019 --model median --format csv",
    "forecast-korea-2025-bdm.csv, forecast korea-2025 --model bdm --format csv",
    "forecast-korea-2025-smp.txt, forecast korea-2025 --model smp",
    "game-build-deterrence-korea-2025.txt, game build deterrence korea-2025",
    "arms-fit-usa-chn.txt, 'arms fit --dyad USA,CHN'",
    "arms-fit-usa-chn.csv, 'arms fit --dyad USA,CHN --format csv'",
    "arms-fit-rok-prk-nmc.txt, 'arms fit --dyad ROK,PRK --data nmc'",
  })
  void output_matchesGoldenFile(String file, String command) throws IOException {
    var r = CliRunner.run(command.split(" "));
    assertThat(r.exit()).as(r.err()).isZero();
    Path golden = DIR.resolve(file);
    if (Boolean.getBoolean("golden.update")) Files.writeString(golden, r.out(), StandardCharsets.UTF_8);
    assertThat(r.out()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
