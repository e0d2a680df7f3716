package org.laborcalc.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.laborcalc.error.InvalidInputException;

class ServerOptionsTest {
  @Test
  void theDefaultsListenOnLoopbackPort8080() {
    ServerOptions o = ServerOptions.parse();
    assertThat(o.host()).isEqualTo("127.0.0.1");
    assertThat(o.port()).isEqualTo(8080);
    assertThat(o.workers()).isEqualTo(Runtime.getRuntime().availableProcessors());
  }

  @Test
  void optionsAreRead() {
    ServerOptions o =
        ServerOptions.parse(
            "--port",
            "9000",
            "--host",
            "0.0.0.0",
            "--workers",
            "3",
            "--queue",
            "7",
            "--time-budget-ms",
            "250",
            "--stop-timeout-ms",
            "0");
    assertThat(o)
        .isEqualTo(new ServerOptions("0.0.0.0", 9000, 3, 7, Duration.ofMillis(250), Duration.ZERO));
  }

  @Test
  void everyBadOptionIsLocatedAtItsName() {
    assertThatThrownBy(() -> ServerOptions.parse("--port", "70000", "--colour", "x", "--workers"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.path() + " " + v.code())
                    .containsExactly(
                        "--port INVALID_OPTION_VALUE",
                        "--colour UNKNOWN_OPTION",
                        "--workers MISSING_VALUE"));
  }
}
