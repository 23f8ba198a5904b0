package io.peninsula.formats.gambit;

import io.peninsula.formats.InputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Gambit game file into tokens — quoted strings (with backslash escapes), numbers
 * (integers, decimals with optional exponent, rationals a/b), braces, and bare words — each with
 * its line and column. Commas separate numbers optionally and are skipped, as in Gambit's own
 * reader.
 */
final class GambitTokenizer {
  enum Kind {
    STRING,
    NUMBER,
    LBRACE,
    RBRACE,
    WORD
  }

  record Token(Kind kind, String text, int line, int column) {}

  private GambitTokenizer() {}

  static List<Token> tokenize(String file, String text) {
    Tokens t = new Tokens(file, text);
    List<Token> out = new ArrayList<>();
    for (int i = 0; t.has(i); i++) out.add(t.get(i));
    return out;
  }

  /**
   * The tokens of a file, read lazily as the parser asks for them and forgotten once it has moved
   * a few tokens past them, so reading a large game keeps only its values, not its text's tokens.
   */
  static final class Tokens {
    private static final int KEEP = 8;
    private final String file;
    private final String text;
    private final java.util.ArrayDeque<Token> window = new java.util.ArrayDeque<>();
    private int first; // index of window's first token
    private int i;
    private int line = 1;
    private int col = 1;
    private boolean done;

    Tokens(String file, String text) {
      this.file = file;
      this.text = text;
    }

    /** Characters of the text not yet scanned (after the last token read so far). */
    int charsLeft() {
      return text.length() - i;
    }

    /** Whether token {@code k} exists (reads up to it). */
    boolean has(int k) {
      while (!done && first + window.size() <= k) {
        Token t = scan();
        if (t == null) {
          done = true;
        } else {
          window.addLast(t);
          while (window.size() > KEEP && first + KEEP < k) {
            window.removeFirst();
            first++;
          }
        }
      }
      return k < first + window.size();
    }

    Token get(int k) {
      if (!has(k)) throw new IndexOutOfBoundsException("token " + k);
      if (k < first) throw new IllegalStateException("token " + k + " was already released");
      int j = 0;
      for (Token t : window) if (first + j++ == k) return t;
      throw new IllegalStateException("token " + k);
    }

    private Token scan() {
      int n = text.length();
      while (i < n) {
        char ch = text.charAt(i);
        if (ch == '\n') {
          line++;
          col = 1;
          i++;
          continue;
        }
        if (Character.isWhitespace(ch) || ch == ',') {
          i++;
          col++;
          continue;
        }
        int startLine = line;
        int startCol = col;
        if (ch == '{' || ch == '}') {
          i++;
          col++;
          return new Token(ch == '{' ? Kind.LBRACE : Kind.RBRACE, String.valueOf(ch), startLine, startCol);
        } else if (ch == '"') {
          StringBuilder b = new StringBuilder();
          i++;
          col++;
          boolean closed = false;
          while (i < n) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < n) {
              b.append(text.charAt(i + 1));
              if (text.charAt(i + 1) == '\n') {
                line++;
                col = 1;
              } else {
                col += 2;
              }
              i += 2;
              continue;
            }
            if (c == '"') {
              closed = true;
              i++;
              col++;
              break;
            }
            if (c == '\n') {
              line++;
              col = 1;
            } else {
              col++;
            }
            b.append(c);
            i++;
          }
          if (!closed) throw InputException.of(file, startLine, startCol, "", "unterminated string: add the closing '\"'");
          return new Token(Kind.STRING, b.toString(), startLine, startCol);
        } else {
          int j = i;
          while (j < n && !Character.isWhitespace(text.charAt(j)) && "{}\",".indexOf(text.charAt(j)) < 0) j++;
          String word = text.substring(i, j);
          boolean number = NUMBER.matcher(word).matches();
          col += j - i;
          i = j;
          return new Token(number ? Kind.NUMBER : Kind.WORD, word, startLine, startCol);
        }
      }
      return null;
    }
  }

  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?(/[+-]?\\d+)?");
}
