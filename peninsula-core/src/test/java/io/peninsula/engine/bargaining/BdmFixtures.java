package io.peninsula.engine.bargaining;

import io.peninsula.model.Actor;
import io.peninsula.model.Issue;
import io.peninsula.model.Position;
import io.peninsula.model.Scenario;
import io.peninsula.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test fixtures for the BDM anchor: the EC car-emissions actors and the replication's log. */
final class BdmFixtures {
  private BdmFixtures() {}

  /** One logged move: {@code actor} (receiver) accepts {@code proposer}'s offer. */
  record Move(int round, String actor, String kind, String proposer, double euOwn, double euOther, double newPosition) {}

  static String resource(String name) {
    try (InputStream in = BdmFixtures.class.getResourceAsStream("/bdm/" + name)) {
      if (in == null) throw new IllegalStateException("missing test resource /bdm/" + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A one-issue scenario from {@code Actor,Capability,Position,Salience} rows (test-only parser). */
  static Scenario scenario(String csv) {
    List<Actor> actors = new ArrayList<>();
    List<Position> positions = new ArrayList<>();
    List<Double> xs = new ArrayList<>();
    String[] lines = csv.strip().split("\\R");
    for (int k = 1; k < lines.length; k++) {
      String[] f = lines[k].split(",");
      actors.add(Actor.simple(f[0], Double.parseDouble(f[1]), SourceRef.of("bdm1994")));
      double x = Double.parseDouble(f[2]);
      xs.add(x);
      positions.add(Position.of(f[0], "emissions", x, Double.parseDouble(f[3]), SourceRef.of("bdm1994")));
    }
    double min = xs.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    double max = xs.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    if (min == max) max = min + 1;
    return Scenario.of("example", actors, List.of(Issue.unlabelled("emissions", min, max)), positions);
  }

  static Scenario example() {
    return scenario(resource("ExampleActors.csv"));
  }

  /** Weighted means by round (index = round) from the checked-in table. */
  static List<Double> expectedMeans() {
    List<Double> out = new ArrayList<>();
    for (String line : resource("example-expected-means.csv").strip().split("\\R"))
      if (!line.startsWith("round")) out.add(Double.parseDouble(line.split(",")[1]));
    return out;
  }

  static List<Move> expectedMoves() {
    List<Move> out = new ArrayList<>();
    for (String line : resource("example-expected-moves.csv").strip().split("\\R")) {
      if (line.startsWith("round")) continue;
      String[] f = line.split(",");
      out.add(new Move(Integer.parseInt(f[0]), f[1], f[2], f[3],
          Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6])));
    }
    return out;
  }

  private static final Pattern ROUND = Pattern.compile("ROUND (\\d+)");
  private static final Pattern MEAN = Pattern.compile("Mean position: (\\S+)");
  private static final Pattern MOVE = Pattern.compile("(.+) (loses confrontation to|compromises with|capitulates to) (.+)");

  /** Parsed replication log: weighted means by round and the moves. */
  record Log(List<Double> means, List<Move> moves) {}

  static Log parseLog(String text) {
    List<Double> means = new ArrayList<>();
    List<Move> moves = new ArrayList<>();
    String[] lines = text.split("\\R");
    int round = 0;
    for (int k = 0; k < lines.length; k++) {
      Matcher m;
      if ((m = ROUND.matcher(lines[k])).matches()) round = Integer.parseInt(m.group(1));
      else if ((m = MEAN.matcher(lines[k])).matches()) means.add(Double.parseDouble(m.group(1)));
      else if ((m = MOVE.matcher(lines[k])).matches()) {
        String[] eu = lines[k + 1].strip().split(" vs ");
        double pos = Double.parseDouble(lines[k + 2].strip().substring("new_pos = ".length()));
        String kind = switch (m.group(2)) {
          case "loses confrontation to" -> "conflict";
          case "compromises with" -> "compromise";
          default -> "capitulation";
        };
        moves.add(new Move(round, m.group(1), kind, m.group(3), Double.parseDouble(eu[0]), Double.parseDouble(eu[1]), pos));
        k += 2;
      }
    }
    return new Log(means, moves);
  }
}
