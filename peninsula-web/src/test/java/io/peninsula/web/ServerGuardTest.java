package io.peninsula.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Token, host and body-limit rules of the server, over real HTTP. */
class ServerGuardTest {
  @TempDir Path dir;

  @Test
  void withToken_apiRequestsWithoutItGet401_withItPass_andTheUiStaysOpen() {
    try (WorkbenchServer s = WorkbenchServer.start(WorkbenchOptions.local(0, dir.resolve("r.duckdb")).withToken("s3cret"))) {
      Http anonymous = new Http(s.url(), null);
      var a = anonymous.get("/api/health");
      assertThat(a.status()).isEqualTo(401);
      assertThat(a.header("WWW-Authenticate")).isEqualTo("Bearer");
      assertThat(a.json().get("error").asText()).contains("Authorization: Bearer");
      assertThat(new Http(s.url(), "wrong").get("/api/scenarios").status()).isEqualTo(401);
      assertThat(new Http(s.url(), "s3cret").get("/api/health").status()).isEqualTo(200);
      assertThat(anonymous.get("/").status()).isEqualTo(200);
    }
  }

  @Test
  void nonLoopbackHost_withoutToken_isRefusedSayingWhy() {
    var o = new WorkbenchOptions("0.0.0.0", 0, dir.resolve("r.duckdb"), Optional.empty(), WorkbenchOptions.DEFAULT_MAX_BODY, 1, 4, 1);
    assertThatThrownBy(() -> WorkbenchServer.start(o)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("refusing to listen on 0.0.0.0 without a token: give --token-file FILE or set PENINSULA_TOKEN "
            + "(clients then send Authorization: Bearer <token>), or listen on 127.0.0.1");
  }

  @Test
  void loopbackNames_areRecognised() {
    assertThat(WorkbenchOptions.isLoopback("127.0.0.1")).isTrue();
    assertThat(WorkbenchOptions.isLoopback("localhost")).isTrue();
    assertThat(WorkbenchOptions.isLoopback("::1")).isTrue();
    assertThat(WorkbenchOptions.isLoopback("0.0.0.0")).isFalse();
  }

  @Test
  void bodyOverTheLimit_is413() {
    try (WorkbenchServer s = WorkbenchServer.start(WorkbenchOptions.local(0, dir.resolve("r.duckdb")).withMaxBody(1024))) {
      Http http = new Http(s.url(), null);
      var a = http.post("/api/forecast", "{\"scenario_text\":\"" + "x".repeat(2000) + "\"}");
      assertThat(a.status()).isEqualTo(413);
      assertThat(a.json().get("error").asText()).contains("larger than the limit of 1024 bytes");
      assertThat(http.post("/api/forecast", "{}").status()).isEqualTo(200);
    }
  }

  @Test
  void defaultBodyLimit_is2MiB() {
    assertThat(WorkbenchOptions.local(0, dir).maxBodyBytes()).isEqualTo(2L * 1024 * 1024);
  }
}
