package io.peninsula.web;

import io.javalin.http.Handler;
import java.util.Objects;

/** One registered API route; the list of them is checked against the OpenAPI document by a test. */
public record Route(String method, String path, Handler handler) {
  public Route {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(handler, "handler");
  }
}
