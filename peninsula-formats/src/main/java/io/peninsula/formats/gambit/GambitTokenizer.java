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
    List<Token> out = new ArrayList<>();
    int line = 1;
    int col = 1;
    int i = 0;
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
        out.add(new Token(ch == '{' ? Kind.LBRACE : Kind.RBRACE, String.valueOf(ch), line, col));
        i++;
        col++;
      } else if (ch == '"') {
        StringBuilder b = new StringBuilder();
        i++;
        col++;
        boolean closed = false;
        while (i < n) {
          char c = text.charAt(i);
          if (c == '\\' && i + 1 < n) {
            b.append(text.charAt(i + 1));
            i += 2;
            col += 2;
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
        out.add(new Token(Kind.STRING, b.toString(), startLine, startCol));
      } else {
        int j = i;
        while (j < n && !Character.isWhitespace(text.charAt(j)) && "{}\",".indexOf(text.charAt(j)) < 0) j++;
        String word = text.substring(i, j);
        boolean number = word.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?(/[+-]?\\d+)?");
        out.add(new Token(number ? Kind.NUMBER : Kind.WORD, word, line, col));
        col += j - i;
        i = j;
      }
    }
    return out;
  }
}
