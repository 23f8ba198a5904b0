package io.peninsula.formats.scenario;

import io.peninsula.engine.sweep.SweepSpec;
import io.peninsula.formats.BundledScenarios;
import io.peninsula.formats.InputException;
import io.peninsula.formats.ScenarioFormats;
import io.peninsula.model.Scenario;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scenarios a sweep names, as text: a file (relative to {@code base}, the spec file's
 * directory) when one exists, else a bundled scenario. The texts travel with a distributed sweep
 * (executors parse them; they need no shared file system).
 */
public final class SweepScenarios {
  /** A scenario's format and text. */
  public record Text(String name, String format, String content) implements Serializable {
    public Scenario parse() {
      return ScenarioFormats.read(format, name, content);
    }
  }

  private SweepScenarios() {}

  /**
   * @throws InputException naming the scenario when it is neither a readable file nor bundled
   */
  public static Map<String, Text> load(SweepSpec spec, Path base) {
    Map<String, Text> out = new LinkedHashMap<>();
    for (String name : spec.scenarios()) {
      Path p = base.resolve(name);
      if (Files.isRegularFile(p)) {
        try {
          String content = Files.readString(p, StandardCharsets.UTF_8);
          out.put(name, new Text(name, ScenarioFormats.detect(name, content), content));
        } catch (IOException e) {
          throw InputException.of(name, 0, 0, "scenarios", "cannot be read: " + e.getMessage());
        }
        continue;
      }
      String text = BundledScenarios.text(name).orElseThrow(() -> InputException.of(name, 0, 0, "scenarios",
          "no such file, and no bundled scenario of that name (bundled: " + String.join(", ", BundledScenarios.names()) + ")"));
      out.put(name, new Text(name + ".yaml", "yaml", text));
    }
    return out;
  }

  /** Every text parsed, by the name the spec uses. */
  public static Map<String, Scenario> parse(Map<String, Text> texts) {
    Map<String, Scenario> out = new LinkedHashMap<>();
    texts.forEach((k, v) -> out.put(k, v.parse()));
    return out;
  }
}
