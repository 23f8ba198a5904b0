package io.peninsula.app.scenario;

import io.peninsula.formats.BundledScenarios;
import io.peninsula.formats.InputException;
import io.peninsula.formats.ScenarioFormats;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a scenario reference: an existing path is read as a file in the requested format (or the
 * one {@link ScenarioFormats#detect} picks), otherwise the name of a bundled scenario.
 */
public final class FileScenarioSource implements ScenarioSource {
  @Override
  public LoadedScenario load(ScenarioRef ref) {
    String name = ref.name();
    Path path = Path.of(name);
    if (!Files.exists(path)) {
      var bundled = BundledScenarios.text(name);
      if (bundled.isPresent())
        return new LoadedScenario(ScenarioFormats.read("yaml", name + ".yaml", bundled.get()), name, "yaml", bundled.get());
      throw InputException.of(name, 0, 0, "", "no such file, and no bundled scenario of that name (bundled: "
          + String.join(", ", BundledScenarios.names()) + "); give a path to a scenario file or one of those names");
    }
    if (Files.isDirectory(path)) throw InputException.of(name, 0, 0, "", "is a directory; give a scenario file");
    String content;
    try {
      content = Files.readString(path, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      throw InputException.of(name, 0, 0, "", "is not UTF-8 text; save the file as UTF-8");
    } catch (IOException e) {
      throw InputException.of(name, 0, 0, "", "cannot be read: " + e.getMessage());
    }
    String format = ref.inputFormat().equals("auto") ? ScenarioFormats.detect(name, content) : ref.inputFormat();
    return new LoadedScenario(ScenarioFormats.read(format, name, content), name, format, content);
  }
}
