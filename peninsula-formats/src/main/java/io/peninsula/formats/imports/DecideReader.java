package io.peninsula.formats.imports;

import io.peninsula.formats.InputException;
import io.peninsula.formats.Problem;
import io.peninsula.model.Actor;
import io.peninsula.model.ActorKind;
import io.peninsula.model.Issue;
import io.peninsula.model.Metadata;
import io.peninsula.model.Position;
import io.peninsula.model.ScaleAnchor;
import io.peninsula.model.Scenario;
import io.peninsula.model.Source;
import io.peninsula.model.SourceRef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the input format of the decide-exchange-model tool: tab-separated rows whose first field is
 * a type tag, values optionally quoted with {@code '} or {@code "}:
 * <pre>
 * #A  actor-id  full name  comment
 * #P  issue-id  description
 * #M  issue-id  position  [meaning]        (scale points; the smallest and largest give the scale)
 * #D  actor-id  issue-id  position  salience  power  [comment]
 * #/  comment
 * </pre>
 * An issue without {@code #M} rows has the scale [0, 100]. Salience must be in [0, 1]; power (used
 * as the actor's capability) must be the same on every issue of an actor, since a
 * {@link Scenario} carries one capability per actor. All problems are collected before throwing.
 */
public final class DecideReader {
  static final String SOURCE_ID = "decide";

  private DecideReader() {}

  public static Scenario read(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.toString(), scenarioId(file.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses file content already read; the scenario id is derived from the file name. */
  public static Scenario parse(String fileName, String content) {
    return read(new java.io.StringReader(content), fileName, scenarioId(fileName));
  }

  /** "data/Sample_Data.txt" → "sample-data". */
  static String scenarioId(String fileName) {
    String name = Path.of(fileName).getFileName().toString();
    String id = name.replaceAll("\\.[^.]*$", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
    return id.isEmpty() ? "decide" : id;
  }

  public static Scenario read(Reader reader, String fileName, String scenarioId) {
    List<Problem> problems = new ArrayList<>();
    Map<String, String[]> actors = new LinkedHashMap<>();
    Map<String, String> issues = new LinkedHashMap<>();
    Map<String, List<ScaleAnchor>> anchors = new LinkedHashMap<>();
    List<String[]> data = new ArrayList<>();
    List<Integer> dataLines = new ArrayList<>();
    try (BufferedReader br = new BufferedReader(reader)) {
      int line = 0;
      for (String raw = br.readLine(); raw != null; raw = br.readLine()) {
        line++;
        if (raw.isBlank()) continue;
        String[] f = split(raw);
        switch (f[0]) {
          case "#A" -> {
            if (need(f, 2, "#A actor-id [name] [comment]", fileName, line, problems)) actors.put(f[1], f);
          }
          case "#P" -> {
            if (need(f, 2, "#P issue-id [description]", fileName, line, problems))
              issues.put(f[1], f.length > 2 && !f[2].isEmpty() ? f[2] : f[1]);
          }
          case "#M" -> {
            if (!need(f, 3, "#M issue-id position [meaning]", fileName, line, problems)) break;
            Optional<Double> v = number(f[2], fileName, line, 3, "position", problems);
            v.ifPresent(d -> anchors.computeIfAbsent(f[1], k -> new ArrayList<>()).add(new ScaleAnchor(d, f.length > 3 ? f[3] : "")));
          }
          case "#D" -> {
            if (need(f, 6, "#D actor-id issue-id position salience power", fileName, line, problems)) {
              data.add(f);
              dataLines.add(line);
            }
          }
          case "#/", "#O" -> { }
          default -> problems.add(new Problem(fileName, line, 1, "", "unknown row type '" + f[0]
              + "'; allowed: #A (actor), #P (issue), #M (scale point), #D (actor-issue data), #/ (comment)"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + fileName + ": " + e.getMessage(), e);
    }
    Map<String, Double> power = new LinkedHashMap<>();
    List<Position> positions = new ArrayList<>();
    SourceRef ref = SourceRef.of(SOURCE_ID);
    // actor + tab + issue -> the line of its #D row (one position per actor and issue)
    Map<String, Integer> given = new java.util.HashMap<>();
    Map<String, double[]> scale = new LinkedHashMap<>();
    for (String is : issues.keySet()) {
      List<ScaleAnchor> as = anchors.getOrDefault(is, List.of());
      double lo = as.stream().mapToDouble(ScaleAnchor::value).min().orElse(0);
      double hi = as.stream().mapToDouble(ScaleAnchor::value).max().orElse(100);
      scale.put(is, new double[] {lo, hi});
    }
    for (int k = 0; k < data.size(); k++) {
      String[] f = data.get(k);
      int line = dataLines.get(k);
      boolean ok = true;
      if (!actors.containsKey(f[1])) {
        problems.add(new Problem(fileName, line, 2, "actor", "'" + f[1] + "' is not declared; add a row '#A\t" + f[1] + "'"));
        ok = false;
      }
      if (!issues.containsKey(f[2])) {
        problems.add(new Problem(fileName, line, 3, "issue", "'" + f[2] + "' is not declared; add a row '#P\t" + f[2] + "'"));
        ok = false;
      }
      Optional<Double> x = number(f[3], fileName, line, 4, "position", problems);
      Optional<Double> s = number(f[4], fileName, line, 5, "salience", problems);
      Optional<Double> c = number(f[5], fileName, line, 6, "power", problems);
      if (!ok || x.isEmpty() || s.isEmpty() || c.isEmpty()) continue;
      double[] sc = scale.get(f[2]);
      if (x.get() < sc[0] || x.get() > sc[1]) {
        problems.add(new Problem(fileName, line, 4, "position", f[3] + " is outside the scale of " + f[2] + " [" + sc[0] + ", " + sc[1] + "] given by its #M rows"));
        continue;
      }
      if (s.get() < 0 || s.get() > 1) {
        problems.add(new Problem(fileName, line, 5, "salience", f[4] + " is out of range; must be in [0, 1]"));
        continue;
      }
      if (c.get() < 0) {
        problems.add(new Problem(fileName, line, 6, "power", f[5] + " is negative; must be >= 0"));
        continue;
      }
      Double prev = power.putIfAbsent(f[1], c.get());
      if (prev != null && prev.doubleValue() != c.get()) {
        problems.add(new Problem(fileName, line, 6, "power", f[5] + " differs from " + f[1] + "'s power " + prev
            + " on an earlier issue; give one power per actor"));
        continue;
      }
      Integer first = given.putIfAbsent(f[1] + "\t" + f[2], line);
      if (first != null) {
        problems.add(new Problem(fileName, line, 2, "actor", "a second #D row for actor '" + f[1] + "' on issue '" + f[2]
            + "' (the first is on line " + first + "); give one row per actor and issue"));
        continue;
      }
      positions.add(Position.of(f[1], f[2], x.get(), s.get(), ref));
    }
    if (!problems.isEmpty()) throw new InputException(problems);
    List<Actor> as = new ArrayList<>();
    for (String[] a : actors.values()) {
      String name = a.length > 2 && !a[2].isEmpty() ? a[2] : a[1];
      as.add(new Actor(a[1], name, ActorKind.STATE, Optional.empty(), power.getOrDefault(a[1], 0.0), ref, Optional.empty(), List.of()));
    }
    List<Issue> is = new ArrayList<>();
    for (var e : issues.entrySet()) {
      double[] sc = scale.get(e.getKey());
      if (!(sc[0] < sc[1])) throw InputException.of(fileName, 0, 0, e.getKey(), "the #M rows give an empty scale [" + sc[0] + ", " + sc[1] + "]; give a lower and an upper point");
      // #M rows without a meaning only fix the scale's ends: they label nothing, so they are not anchors
      List<ScaleAnchor> labelled = anchors.getOrDefault(e.getKey(), List.of()).stream().filter(a -> !a.label().isBlank()).toList();
      is.add(new Issue(e.getKey(), e.getValue(), sc[0], sc[1], labelled));
    }
    return new Scenario(new Metadata(scenarioId, scenarioId, "", "imported from decide-exchange-model input " + fileName),
        List.of(Source.of(SOURCE_ID, "decide-exchange-model input file " + fileName + " (Stokman & Van Oosten 1994 format)")),
        as, is, positions, List.of(), List.of());
  }

  private static boolean need(String[] f, int n, String form, String file, int line, List<Problem> problems) {
    if (f.length >= n && !f[1].isEmpty()) return true;
    problems.add(new Problem(file, line, 0, "", "row has " + f.length + " field(s); expected " + form));
    return false;
  }

  private static Optional<Double> number(String v, String file, int line, int col, String field, List<Problem> problems) {
    try {
      double d = Double.parseDouble(v);
      if (Double.isFinite(d)) return Optional.of(d);
      problems.add(new Problem(file, line, col, field, "'" + v + "' is not a finite number (NaN and infinities are not accepted)"));
      return Optional.empty();
    } catch (NumberFormatException e) {
      problems.add(new Problem(file, line, col, field, "'" + v + "' is not a number"));
      return Optional.empty();
    }
  }

  /** Splits on tabs, trims, removes one pair of surrounding ' or " quotes. */
  static String[] split(String line) {
    String[] parts = line.split("\t", -1);
    for (int k = 0; k < parts.length; k++) {
      String p = parts[k].trim();
      if (p.length() >= 2 && (p.startsWith("'") && p.endsWith("'") || p.startsWith("\"") && p.endsWith("\"")))
        p = p.substring(1, p.length() - 1);
      parts[k] = p;
    }
    return parts;
  }
}
