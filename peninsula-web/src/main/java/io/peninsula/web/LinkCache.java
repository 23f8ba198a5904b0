package io.peninsula.web;

import io.peninsula.app.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The answers of the shareable forecast link ({@code GET /api/scenarios/{id}/forecast}), kept by
 * the full typed request and the SHA-256 of the scenario's text. A forecast is deterministic
 * given both (the models are pure and seeded), so the same link always gets the same numbers;
 * keeping the answer spares the model run, the JSON rendering and the UTF-8 encoding on every
 * hit. The kept answer is the whole document of the run that computed it, provenance included: its
 * {@code started} and {@code seconds} say when and how fast that run was, which stays true, and
 * the {@code X-Peninsula-Cache} header says whether this answer was computed now ({@code miss})
 * or reused ({@code hit}). The ETag is the SHA-256 of the body, so a client revalidates for free.
 *
 * <p>Bounded: the least recently used answer is dropped beyond {@code capacity}. Thread-safe.
 * Only bundled scenarios are linked (they are immutable for the server's life), so nothing needs
 * invalidating; the scenario hash is in the key all the same.
 */
final class LinkCache {
  /** A kept answer: the body's bytes and its ETag. */
  record Answer(byte[] body, String etag) {
    Answer {
      Objects.requireNonNull(body, "body");
      Objects.requireNonNull(etag, "etag");
    }

    static Answer of(String json) {
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      return new Answer(bytes, "\"" + Sha256.of(bytes) + "\"");
    }
  }

  /** What the cache is keyed by: the typed request (a record, compared by value) and the scenario's hash. */
  record Key(Record request, String scenarioSha256) {
    Key {
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(scenarioSha256, "scenarioSha256");
    }
  }

  /** A lookup's answer and whether it was reused. */
  record Lookup(Answer answer, boolean hit) {}

  private final Map<Key, Answer> kept;

  LinkCache(int capacity) {
    if (capacity < 1) throw new IllegalArgumentException("capacity must be positive, got " + capacity);
    this.kept = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, Answer> eldest) {
        return size() > capacity;
      }
    };
  }

  /**
   * The kept answer for {@code key}, or the one {@code compute} gives (kept for next time).
   * Computing happens outside the lock, so two first requests may both compute; both get the same
   * numbers and the second is kept.
   */
  Lookup get(Key key, Supplier<String> compute) {
    synchronized (kept) {
      Answer a = kept.get(key);
      if (a != null) return new Lookup(a, true);
    }
    Answer fresh = Answer.of(compute.get());
    synchronized (kept) {
      kept.put(key, fresh);
    }
    return new Lookup(fresh, false);
  }

  int size() {
    synchronized (kept) {
      return kept.size();
    }
  }
}
