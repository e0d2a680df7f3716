package org.laborcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The same case files give byte-identical documents (result JSON and calculation sheets) in JVMs of
 * time zone UTC and Asia/Shanghai and locale en_US and zh_CN, and in two runs of one JVM. Each
 * combination is a fresh JVM — the current {@code java} on the test class path — running {@link
 * PrintExampleResults} over {@code examples/cases}, because the default zone and locale are read
 * once and cached by the JDK.
 */
class DeterminismAcrossZonesAndLocalesTest {
  /** A JVM's settings: its options, and the environment it runs in (TZ, LANG, LC_ALL). */
  private record Setting(List<String> options, String tz, String lang) {
    @Override
    public String toString() {
      return options + " TZ=" + tz + " LANG=" + lang;
    }
  }

  private static final List<Setting> SETTINGS =
      List.of(
          new Setting(
              List.of("-Duser.timezone=UTC", "-Duser.language=en", "-Duser.country=US"),
              "UTC",
              "en_US.UTF-8"),
          new Setting(
              List.of("-Duser.timezone=UTC", "-Duser.language=zh", "-Duser.country=CN"),
              "UTC",
              "zh_CN.UTF-8"),
          new Setting(
              List.of("-Duser.timezone=Asia/Shanghai", "-Duser.language=en", "-Duser.country=US"),
              "Asia/Shanghai",
              "en_US.UTF-8"),
          new Setting(
              List.of("-Duser.timezone=Asia/Shanghai", "-Duser.language=zh", "-Duser.country=CN"),
              "Asia/Shanghai",
              "zh_CN.UTF-8"),
          // The POSIX locale: on Java 17 the platform charset becomes US-ASCII, which any
          // resource or text read without naming UTF-8 would show.
          new Setting(List.of("-Duser.timezone=UTC", "-Duser.language=en"), "UTC", "C"));

  @Test
  void twoRunsInOneJvmGiveTheSameBytes() throws IOException {
    assumeTrue(ExampleFiles.bundledPacksPresent(), "needs the bundled parameter packs");
    assertThat(PrintExampleResults.render(ExampleFiles.CASES))
        .isEqualTo(PrintExampleResults.render(ExampleFiles.CASES));
  }

  @Test
  void jvmsOfOtherZonesAndLocalesGiveTheSameBytes() throws Exception {
    assumeTrue(ExampleFiles.bundledPacksPresent(), "needs the bundled parameter packs");
    byte[] here = PrintExampleResults.render(ExampleFiles.CASES);
    assertThat(new String(here, StandardCharsets.UTF_8))
        .contains("\"format\": \"laborcalc.work-injury-result/1\"", "<!DOCTYPE html>");

    // Two JVMs at a time: the build machine may have two cores.
    Map<Setting, byte[]> outputs = new LinkedHashMap<>();
    for (int i = 0; i < SETTINGS.size(); i += 2) {
      List<CompletableFuture<byte[]>> running = new ArrayList<>();
      for (Setting s : SETTINGS.subList(i, Math.min(i + 2, SETTINGS.size()))) {
        running.add(CompletableFuture.supplyAsync(() -> fork(s)));
      }
      for (int k = 0; k < running.size(); k++) {
        outputs.put(SETTINGS.get(i + k), running.get(k).get(120, TimeUnit.SECONDS));
      }
    }

    outputs.forEach(
        (settings, bytes) ->
            assertThat(firstDifference(bytes, here))
                .as("the documents under " + settings + " against those of the test JVM")
                .isEmpty());
  }

  /** Empty when the bytes are equal, else where they first differ, with the text around it. */
  private static String firstDifference(byte[] a, byte[] b) {
    int i = Arrays.mismatch(a, b);
    if (i < 0) {
      return "";
    }
    return "byte "
        + i
        + " (lengths "
        + a.length
        + " and "
        + b.length
        + "): …"
        + new String(
            a,
            Math.max(0, i - 80),
            Math.min(a.length, i + 80) - Math.max(0, i - 80),
            StandardCharsets.UTF_8)
        + "… against …"
        + new String(
            b,
            Math.max(0, i - 80),
            Math.min(b.length, i + 80) - Math.max(0, i - 80),
            StandardCharsets.UTF_8)
        + "…";
  }

  /** The standard output of {@link PrintExampleResults} in a new JVM with the given settings. */
  private static byte[] fork(Setting settings) {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(settings.options());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(PrintExampleResults.class.getName());
    command.add(ExampleFiles.CASES.toAbsolutePath().toString());
    try {
      ProcessBuilder pb = new ProcessBuilder(command);
      pb.environment().put("TZ", settings.tz());
      pb.environment().put("LANG", settings.lang());
      pb.environment().put("LC_ALL", settings.lang());
      pb.environment().remove("JAVA_TOOL_OPTIONS");
      Process p = pb.start();
      CompletableFuture<byte[]> err =
          CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
      byte[] out = readAll(p.getInputStream());
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the JVM " + settings + " ends").isTrue();
      assertThat(p.exitValue())
          .as(
              "exit code of "
                  + settings
                  + ", stderr: "
                  + new String(err.join(), StandardCharsets.UTF_8))
          .isZero();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
