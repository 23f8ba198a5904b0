package io.peninsula.formats;

import io.peninsula.model.Scenario;

/**
 * One input format a scenario can be read from (YAML, JSON, KTAB CSV, …). {@link ScenarioFormats}
 * holds them in detection order; {@code --input-format auto} picks the first whose
 * {@link #detect} accepts the file. A new format is one class plus one line in that registry.
 */
public interface ScenarioFormat {
  /** The {@code --input-format} name, e.g. {@code ktab-csv}. */
  String name();

  /** One line for help texts: what the format is and where it comes from. */
  String description();

  /** True when this file (its name and first lines) is in this format. */
  boolean detect(String fileName, String content);

  /** Reads the whole file; bad content is an {@link InputException} naming file:line:column. */
  Scenario read(String fileName, String content);

  /** A format from its parts. */
  static ScenarioFormat of(String name, String description, java.util.function.BiPredicate<String, String> detect,
      java.util.function.BiFunction<String, String, Scenario> read) {
    return new ScenarioFormat() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String description() {
        return description;
      }

      @Override
      public boolean detect(String fileName, String content) {
        return detect.test(fileName, content);
      }

      @Override
      public Scenario read(String fileName, String content) {
        return read.apply(fileName, content);
      }
    };
  }
}
