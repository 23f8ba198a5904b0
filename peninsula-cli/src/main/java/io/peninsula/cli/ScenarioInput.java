package io.peninsula.cli;

import io.peninsula.formats.BundledScenarios;
import io.peninsula.formats.InputException;
import io.peninsula.formats.ScenarioFormats;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resolves a scenario argument: the name of a bundled scenario (e.g. {@code korea-2019}) or a path
 * to a file in any supported input format. Shared by every command that takes {@code [SCENARIO]}.
 */
public final class ScenarioInput {
  private ScenarioInput() {}

  public static LoadedScenario load(String arg, String inputFormat) {
    String name = arg == null ? BundledScenarios.DEFAULT : arg;
    var stored = RunContext.scenarioOverride();
    if (stored.isPresent()) return stored.get();
    Path path = Path.of(name);
    if (!Files.exists(path)) {
      var bundled = BundledScenarios.text(name);
      if (bundled.isPresent())
        return new LoadedScenario(ScenarioFormats.read("yaml", name + ".yaml", bundled.get()), name, "yaml", bundled.get());
      throw InputException.of(name, 0, 0, "", "no such file, and no bundled scenario of that name (bundled: "
          + String.join(", ", BundledScenarios.names()) + "); give a path to a scenario file or one of those names");
    }
    if (Files.isDirectory(path)) throw InputException.of(name, 0, 0, "", "is a directory; give a scenario file");
    String content = io.peninsula.formats.InputLimits.readFile(path);
    String format = inputFormat.equals("auto") ? ScenarioFormats.detect(name, content) : inputFormat;
    return new LoadedScenario(ScenarioFormats.read(format, name, content), name, format, content);
  }
}
