package io.peninsula.app.dynamics;

import io.peninsula.app.BadRequestException;
import io.peninsula.formats.data.MilexData;
import java.util.List;
import java.util.Locale;

/** A bundled military expenditure data set by name ({@code sipri} or {@code nmc}), with its citation. */
public record ArmsData(String name, String citation) {
  public static final List<String> NAMES = List.of("sipri", "nmc");

  /** The data set called {@code name}, or a bad request listing the names. */
  public static ArmsData of(String name) {
    return of(load(name).source());
  }

  static ArmsData of(MilexData.Source source) {
    return new ArmsData(source.name().toLowerCase(Locale.ROOT), source.citation());
  }

  static MilexData load(String name) {
    return switch (name) {
      case "sipri" -> MilexData.sipri();
      case "nmc" -> MilexData.nmc();
      default -> throw new BadRequestException("unknown --data \"" + name + "\" (allowed: sipri, nmc)");
    };
  }
}
