package io.peninsula.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The scenarios shipped inside the product, addressable by name (e.g. {@code korea-2025}). */
public final class BundledScenarios {
  /** The scenario {@code forecast} and the other commands use when none is named. */
  public static final String DEFAULT = "korea-2025";

  private static final List<String> KNOWN = List.of("korea-2025", "korea-2019", "europe-2025");

  private BundledScenarios() {}

  /** Names of the bundled scenarios present in this build. */
  public static List<String> names() {
    return KNOWN.stream().filter(n -> text(n).isPresent()).toList();
  }

  /** The YAML text of a bundled scenario, if there is one by that name. */
  public static Optional<String> text(String name) {
    try (InputStream in = BundledScenarios.class.getResourceAsStream("/io/peninsula/scenarios/" + name + ".yaml")) {
      if (in == null) return Optional.empty();
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
