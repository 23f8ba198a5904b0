package io.peninsula.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the tests: real requests to the server on its port. */
final class Http {
  record Answer(int status, String body, HttpResponse<String> raw) {
    JsonNode json() {
      try {
        return Json.MAPPER.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final String token;

  Http(String base, String token) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.token = token;
  }

  Answer get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  /** A GET with extra headers, given as name, value, name, value… */
  Answer get(String path, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).headers(headers).GET());
  }

  /** A GET whose answer is kept as bytes (a Parquet download). */
  HttpResponse<byte[]> bytes(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (token != null) b.header("Authorization", "Bearer " + token);
    try {
      return client.send(b.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  Answer delete(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
  }

  Answer post(String path, String body) {
    return post(path, body, "application/json");
  }

  Answer post(String path, String body, String type) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private Answer send(HttpRequest.Builder b) {
    if (token != null) b.header("Authorization", "Bearer " + token);
    try {
      HttpResponse<String> r = client.send(b.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r.body(), r);
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
