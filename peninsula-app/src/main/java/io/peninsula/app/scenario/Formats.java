package io.peninsula.app.scenario;

import io.peninsula.formats.ScenarioFormat;
import io.peninsula.formats.ScenarioFormats;
import java.util.List;

/** The registered scenario input formats, for front ends' choices and help ({@code auto} first). */
public final class Formats {
  private Formats() {}

  /** {@code auto} and every registered format's name. */
  public static List<String> names() {
    return ScenarioFormats.NAMES;
  }

  /** Each registered format's name and description. */
  public static List<ScenarioFormat> all() {
    return ScenarioFormats.all();
  }
}
