package io.peninsula.app.dynamics;

import io.peninsula.app.BadRequestException;
import io.peninsula.app.Provenance;
import io.peninsula.app.Sha256;
import io.peninsula.formats.data.MilexData;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A bundled military expenditure data set by name ({@code sipri} or {@code nmc}), with its citation,
 * the file it was read from (its resource path in the jar) and the SHA-256 of that file's bytes, so
 * a stored run says which data it was fitted to and a rerun can tell when the data changed.
 */
public record ArmsData(String name, String citation, String file, String sha256) {
  public static final List<String> NAMES = List.of("sipri", "nmc");

  public ArmsData {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sha256, "sha256");
  }

  /** The data set called {@code name}, or a bad request listing the names. */
  public static ArmsData of(String name) {
    return of(load(name));
  }

  static ArmsData of(MilexData data) {
    return new ArmsData(data.source().name().toLowerCase(Locale.ROOT), data.source().citation(), data.file(), Sha256.of(data.bytes()));
  }

  /** The data file as a provenance input: its resource path and hash. */
  public Provenance.InputFile stamp() {
    return new Provenance.InputFile(file, sha256);
  }

  static MilexData load(String name) {
    return switch (name) {
      case "sipri" -> MilexData.sipri();
      case "nmc" -> MilexData.nmc();
      default -> throw new BadRequestException("unknown --data \"" + name + "\" (allowed: sipri, nmc)");
    };
  }
}
