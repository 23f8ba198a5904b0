package io.peninsula.model;

import java.util.Objects;

/** Scenario identification: id, title, the date the situation is modelled at, a description. */
public record Metadata(String id, String title, String date, String description) {
  public Metadata {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(description, "description");
  }

  public static Metadata of(String id) {
    return new Metadata(id, id, "", "");
  }
}
