package io.peninsula.formats.gambit;

import java.util.List;
import java.util.function.Function;

/** The lexical conventions of Gambit's files, shared by {@link NfgWriter} and {@link EfgWriter}. */
final class GambitText {
  private GambitText() {}

  /**
   * A double-quoted string with {@code "} and {@code \} escaped by a backslash (what C++'s
   * {@code std::quoted}, used by Gambit, writes and what {@link GambitTokenizer} reads back).
   * Line breaks stay as they are: both readers accept them inside quotes.
   */
  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') b.append('\\');
      b.append(c);
    }
    return b.append('"').toString();
  }

  /** {@code { a b c }} — Gambit's braced, space-separated list; {@code { }} when empty. */
  static <T> String list(List<T> items, Function<T, String> render) {
    StringBuilder b = new StringBuilder("{");
    for (T t : items) b.append(' ').append(render.apply(t));
    return b.append(" }").toString();
  }

  /** {@code a, b, c} — payoffs are comma-separated in Gambit's files. */
  static <T> String commas(List<T> items, Function<T, String> render) {
    StringBuilder b = new StringBuilder();
    for (T t : items) {
      if (b.length() > 0) b.append(", ");
      b.append(render.apply(t));
    }
    return b.toString();
  }
}
