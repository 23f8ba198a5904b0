package io.peninsula.engine.security;

import io.peninsula.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How far each parameter of a security game can move, within its documented range and with every
 * other input held, before the verdict ({@link SecurityGame.Built#verdict()}) changes. Each
 * direction is scanned on a grid of {@link #STEPS} points from the current value to the end of
 * the range, and the first change is then located by bisection to {@link #TOLERANCE}.
 */
public final class Robustness {
  public static final int STEPS = 200;
  public static final double TOLERANCE = 1e-4;

  private Robustness() {}

  /** The nearest verdict change in one direction: where, and the verdict facts that differ there. */
  public record Flip(double at, List<String> before, List<String> after) {
    public Flip {
      before = List.copyOf(before);
      after = List.copyOf(after);
    }
  }

  /** One parameter's sweep: its current value, range, and the nearest flip below and above. */
  public record Sweep(ParamSpec param, double value, Optional<Flip> below, Optional<Flip> above) {
    public Sweep {
      Objects.requireNonNull(param, "param");
    }

    /** The distance to the nearest flip, or empty when the verdict holds over the whole range. */
    public OptionalDouble margin() {
      double m = Double.POSITIVE_INFINITY;
      if (below.isPresent()) m = Math.min(m, value - below.get().at());
      if (above.isPresent()) m = Math.min(m, above.get().at() - value);
      return Double.isFinite(m) ? OptionalDouble.of(m) : OptionalDouble.empty();
    }
  }

  /** Sweeps every non-integer parameter of {@code game} around the values {@code in} gives (or the defaults). */
  public static List<Sweep> of(SecurityGame game, Scenario s, GameInputs in) {
    List<String> base = game.build(s, in).verdict();
    List<Sweep> out = new ArrayList<>();
    for (ParamSpec p : game.parameters()) {
      if (p.integer()) continue;
      OptionalDouble current = in.param(p.name()).isPresent() ? in.param(p.name()) : p.defaultValue();
      if (current.isEmpty()) current = currentOf(game.build(s, in), p);
      if (current.isEmpty()) continue; // the parameter does not apply to this build (e.g. τ offshore)
      double v = current.getAsDouble();
      try {
        game.build(s, in.withParam(p.name(), v));
      } catch (IllegalArgumentException notApplicable) {
        continue; // e.g. the trip-wire cost of an offshore defender
      }
      out.add(new Sweep(p, v, search(game, s, in, p, base, v, p.low()), search(game, s, in, p, base, v, p.high())));
    }
    return out;
  }

  private static OptionalDouble currentOf(SecurityGame.Built b, ParamSpec p) {
    return b.derivation().stream().filter(d -> d.symbol().equals(p.symbol())).mapToDouble(Derived::value).findFirst();
  }

  private static Optional<Flip> search(SecurityGame game, Scenario s, GameInputs in, ParamSpec p, List<String> base, double from,
      double to) {
    if (from == to) return Optional.empty();
    double prev = from;
    for (int k = 1; k <= STEPS; k++) {
      double x = from + (to - from) * k / STEPS;
      List<String> v = verdict(game, s, in, p, x);
      if (!v.equals(base)) {
        double lo = prev;
        double hi = x;
        List<String> after = v;
        while (Math.abs(hi - lo) > TOLERANCE) {
          double mid = (lo + hi) / 2;
          List<String> m = verdict(game, s, in, p, mid);
          if (m.equals(base)) lo = mid;
          else {
            hi = mid;
            after = m;
          }
        }
        List<String> before = new ArrayList<>(base);
        before.removeAll(after);
        List<String> changed = new ArrayList<>(after);
        changed.removeAll(base);
        return Optional.of(new Flip(hi, before, changed));
      }
      prev = x;
    }
    return Optional.empty();
  }

  private static List<String> verdict(SecurityGame game, Scenario s, GameInputs in, ParamSpec p, double x) {
    return game.build(s, in.withParam(p.name(), x)).verdict();
  }
}
