package org.laborcalc.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;

/**
 * How the service runs: where it listens and its limits. Immutable.
 *
 * @param host the address to listen on; loopback unless told otherwise, so that a service started
 *     on a laptop is not reachable from the network by accident
 * @param port the TCP port (0: any free port, as tests use)
 * @param workers the computations run at once (default: the processors)
 * @param queue the computations that may wait for a worker; one more is answered 503 at once
 * @param timeBudget how long one computation may take before it is answered 503
 * @param stopTimeout how long a stop waits for the requests in flight
 */
public record ServerOptions(
    String host, int port, int workers, int queue, Duration timeBudget, Duration stopTimeout) {
  /** The address listened on by default. */
  public static final String LOOPBACK = "127.0.0.1";

  public ServerOptions {
    if (port < 0 || port > 65535 || workers < 1 || queue < 0) {
      throw new IllegalArgumentException("port, workers or queue out of range");
    }
    if (timeBudget.isNegative() || timeBudget.isZero() || stopTimeout.isNegative()) {
      throw new IllegalArgumentException("time budget must be positive");
    }
  }

  /** Loopback, port 8080, a worker per processor, 64 waiting per worker, 5 s a computation. */
  public static ServerOptions defaults() {
    int cpus = Runtime.getRuntime().availableProcessors();
    return new ServerOptions(
        LOOPBACK, 8080, cpus, 64 * cpus, Duration.ofSeconds(5), Duration.ofSeconds(10));
  }

  /** The same options on another port. */
  public ServerOptions withPort(int newPort) {
    return new ServerOptions(host, newPort, workers, queue, timeBudget, stopTimeout);
  }

  /** The same options with another time budget. */
  public ServerOptions withTimeBudget(Duration budget) {
    return new ServerOptions(host, port, workers, queue, budget, stopTimeout);
  }

  /** The same options with other worker and queue counts. */
  public ServerOptions withWorkers(int newWorkers, int newQueue) {
    return new ServerOptions(host, port, newWorkers, newQueue, timeBudget, stopTimeout);
  }

  /**
   * The options of a command line: {@code --host ADDR --port N --workers N --queue N
   * --time-budget-ms N --stop-timeout-ms N}.
   *
   * @throws InvalidInputException every problem, located at its option
   */
  public static ServerOptions parse(String... args) {
    ServerOptions d = defaults();
    String host = d.host;
    int port = d.port;
    int workers = d.workers;
    int queue = d.queue;
    long budget = d.timeBudget.toMillis();
    long stop = d.stopTimeout.toMillis();
    List<Violation> problems = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      String value = i + 1 < args.length ? args[i + 1] : null;
      if (!List.of(
              "--host", "--port", "--workers", "--queue", "--time-budget-ms", "--stop-timeout-ms")
          .contains(name)) {
        problems.add(
            Violation.of(
                name,
                "UNKNOWN_OPTION",
                "未知选项“"
                    + name
                    + "”；可用：--host --port --workers --queue --time-budget-ms"
                    + " --stop-timeout-ms",
                "unknown option \""
                    + name
                    + "\"; known: --host --port --workers --queue --time-budget-ms"
                    + " --stop-timeout-ms"));
        if (value != null && !value.startsWith("--")) {
          i++; // its value, so that it is not taken for an option too
        }
        continue;
      }
      i++;
      if (value == null) {
        problems.add(Violation.of(name, "MISSING_VALUE", name + " 缺少取值", name + " needs a value"));
        continue;
      }
      switch (name) {
        case "--host" -> host = value;
        case "--port" -> port = (int) number(problems, name, value, 0, 65535);
        case "--workers" -> workers = (int) number(problems, name, value, 1, 1024);
        case "--queue" -> queue = (int) number(problems, name, value, 0, 1_000_000);
        case "--time-budget-ms" -> budget = number(problems, name, value, 1, 600_000);
        default -> stop = number(problems, name, value, 0, 600_000);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new ServerOptions(
        host, port, workers, queue, Duration.ofMillis(budget), Duration.ofMillis(stop));
  }

  private static long number(
      List<Violation> problems, String name, String value, long min, long max) {
    try {
      long n = Long.parseLong(value);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(
        Violation.of(
            name,
            "INVALID_OPTION_VALUE",
            name + " 的取值“" + value + "”无效：须为 " + min + " 至 " + max + " 的整数",
            name
                + " value \""
                + value
                + "\" is invalid: it must be a whole number from "
                + min
                + " to "
                + max));
    return min;
  }
}
