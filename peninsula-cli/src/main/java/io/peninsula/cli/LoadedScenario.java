package io.peninsula.cli;

import io.peninsula.model.Scenario;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A scenario as the CLI loaded it: the model, where it came from (bundled name or path), its raw
 * text and the SHA-256 of that text (the scenario hash in every run's provenance).
 */
public record LoadedScenario(Scenario scenario, String origin, String format, String content) {
  public String sha256() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
