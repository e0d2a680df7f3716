package org.laborcalc.server;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;

/**
 * {@code java -jar examples/server/target/laborcalc-server.jar [--port 8080] [--host 127.0.0.1]
 * [--workers N] [--queue N] [--time-budget-ms N] [--stop-timeout-ms N]}: runs the service until the
 * process is stopped (Ctrl-C, SIGTERM), then stops gracefully. Exit 2 for bad options, 1 when the
 * port cannot be bound.
 */
public final class LaborCalcServer {
  private LaborCalcServer() {}

  public static void main(String[] args) {
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      err.println(
          "laborcalc-server [--port 8080] [--host 127.0.0.1] [--workers N] [--queue N]"
              + " [--time-budget-ms 5000] [--stop-timeout-ms 10000]");
      err.println(
          "  API: /v1/health /v1/compute /v1/validate /v1/parameters /v1/regions /v1/items");
      err.println("  OpenAPI: /v1/openapi.json; web form: /");
      return;
    }
    ServerOptions options;
    try {
      options = ServerOptions.parse(args);
    } catch (InvalidInputException e) {
      err.println("laborcalc-server: 选项有误 / invalid options:");
      for (Violation v : e.violations()) {
        err.println("  " + v.path() + "  [" + v.code() + "]");
        err.println("    " + v.messageZh());
        err.println("    " + v.messageEn());
      }
      System.exit(2);
      return;
    }
    Server server;
    try {
      server = Server.start(options);
    } catch (RuntimeException e) {
      err.println("laborcalc-server: 无法启动 / cannot start: " + e.getMessage());
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "laborcalc-stop"));
  }
}
