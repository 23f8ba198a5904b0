/** Gambit's .nfg and .efg game files: tokenizer, readers and writers. */
package io.peninsula.formats.gambit;
