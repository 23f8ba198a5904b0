package io.peninsula.engine.dynamics;

import io.peninsula.error.InvalidInputException;
import java.util.Arrays;
import java.util.Objects;

/**
 * One state's annual series over contiguous years {@code firstYear .. firstYear + values.length - 1}
 * (e.g. military expenditure). Values must be finite and positive, since the arms models work in
 * logarithms.
 */
public record AnnualSeries(String name, int firstYear, double[] values) {
  public AnnualSeries {
    Objects.requireNonNull(name, "name");
    values = values.clone();
    if (values.length == 0) throw new InvalidInputException("series " + name + " is empty");
    for (int i = 0; i < values.length; i++)
      if (!(values[i] > 0) || Double.isInfinite(values[i]))
        throw new InvalidInputException(
            "series " + name + ": value in " + (firstYear + i) + " must be finite and > 0, got " + values[i]);
  }

  public int lastYear() {
    return firstYear + values.length - 1;
  }

  /** The value in {@code year}; throws when the year is outside the series. */
  public double at(int year) {
    if (year < firstYear || year > lastYear())
      throw new InvalidInputException("series " + name + " has no value for " + year + " (covers " + firstYear + "-" + lastYear() + ")");
    return values[year - firstYear];
  }

  /** The sub-series over {@code [from, to]}. */
  public AnnualSeries between(int from, int to) {
    if (from < firstYear || to > lastYear() || from > to)
      throw new InvalidInputException("series " + name + " covers " + firstYear + "-" + lastYear() + ", asked for " + from + "-" + to);
    return new AnnualSeries(name, from, Arrays.copyOfRange(values, from - firstYear, to - firstYear + 1));
  }

  /** Natural logarithms of the values, in year order. */
  public double[] logs() {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) out[i] = Math.log(values[i]);
    return out;
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AnnualSeries s && s.name.equals(name) && s.firstYear == firstYear && Arrays.equals(s.values, values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, firstYear, Arrays.hashCode(values));
  }

  @Override
  public String toString() {
    return "AnnualSeries[" + name + " " + firstYear + "-" + lastYear() + "]";
  }
}
