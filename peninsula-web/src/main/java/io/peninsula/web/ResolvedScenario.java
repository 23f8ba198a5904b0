package io.peninsula.web;

import io.peninsula.model.Scenario;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A scenario a request named or carried: the model, its origin (bundled name or "inline"), the
 * format it was read in and its text (hashed into the provenance).
 */
public record ResolvedScenario(Scenario scenario, String origin, String format, String content) {
  public ResolvedScenario {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(content, "content");
  }

  public String sha256() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
