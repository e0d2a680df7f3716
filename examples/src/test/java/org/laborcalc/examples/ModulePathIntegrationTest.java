package org.laborcalc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * laborcalc used as a Java integrator on the module path would use it: an application module that
 * {@code requires org.laborcalc.calc}, compiled against the library's modules and run in a fresh
 * JVM with {@code java --module-path … -m app/Main} and no other flag (no {@code --add-modules}).
 * It computes the seed case and must print its award, and the library must write nothing of its own
 * to the console (no logging framework's start-up line, no warning). Given a case with facts
 * missing, it must get them back as located violations: Bean Validation's provider then starts,
 * with the Expression Language it needs resolved from the library's module declarations.
 *
 * <p>The seed case (Jining 370800, grade 9, uninsured, the worker ends the contract; 本人工资 6,500,
 * the caller's averages 5,200 for 2018 and 5,800 for 2019), by hand:
 *
 * <pre>
 * 本人工资 60% × 5,200 = 3,120 ≤ 6,500 ≤ 300% × 5,200 = 15,600 → 6,500.00 (art. 64 ¶2)
 * 一次性伤残补助金 9 × 6,500 = 58,500.00 (art. 37 (1))
 * 停工留薪期工资 6 months (2019-12-18 to 2020-06-17) × 6,500 = 39,000.00 (art. 33 ¶1)
 * 一次性工伤医疗补助金 7 × 5,800 = 40,600.00; 一次性伤残就业补助金 12 × 5,800 = 69,600.00
 *   (山东省贯彻《工伤保险条例》实施办法, grade 9, on the 2019 average)
 * fees as receipted 300.00 + 40,000.00 + 2,800.00
 * uninsured, so the employer pays all (art. 62 ¶2): 250,800.00; the fund 0.00
 * </pre>
 *
 * <p>The module path is the library's run-time modules taken from this test's class path: the
 * modules {@code org.laborcalc.calc} requires, transitively, and those providing a service that a
 * module among them uses (Hibernate Validator for {@code jakarta.validation}, Expressly for {@code
 * jakarta.el}), as the launcher itself binds them; nothing of the test stack.
 */
class ModulePathIntegrationTest {
  /** The library's module an application requires. */
  private static final String ROOT = "org.laborcalc.calc";

  private static final String MODULE_INFO =
      """
      module org.example.seedapp {
        requires org.laborcalc.calc;
      }
      """;

  private static final String MAIN =
      """
      package org.example.seedapp;

      import java.time.LocalDate;
      import org.laborcalc.LaborCalc;
      import org.laborcalc.employment.InitiatedBy;
      import org.laborcalc.error.Violation;
      import org.laborcalc.injury.BenefitItem;
      import org.laborcalc.injury.CalculationOptions;
      import org.laborcalc.injury.WorkInjuryCase;
      import org.laborcalc.injury.WorkInjuryResult;
      import org.laborcalc.injury.rules.WorkInjuryKeys;
      import org.laborcalc.money.Money;
      import org.laborcalc.parameters.ParameterPack;
      import org.laborcalc.parameters.UserFigures;
      import org.laborcalc.region.Region;
      import org.laborcalc.retirement.RetirementCategory;

      public final class Main {
        public static void main(String[] args) {
          ParameterPack jining =
              UserFigures.pack("jining-figures")
                  .year(WorkInjuryKeys.REGIONAL_AVERAGE_MONTHLY_WAGE, Region.of("370800"), 2018,
                      Money.parse("5200.00"), "illustrative figure")
                  .year(WorkInjuryKeys.REGIONAL_AVERAGE_MONTHLY_WAGE, Region.of("370800"), 2019,
                      Money.parse("5800.00"), "illustrative figure")
                  .build();
          LaborCalc calc = LaborCalc.builder().pack(jining).build();
          if (args.length > 0 && args[0].equals("incomplete")) {
            WorkInjuryCase incomplete =
                WorkInjuryCase.builder()
                    .region(Region.of("370800"))
                    .employedFrom(LocalDate.of(2019, 3, 1))
                    .injuredOn(LocalDate.of(2019, 12, 18))
                    .build();
            for (Violation v : calc.validate(incomplete, CalculationOptions.defaults())) {
              System.out.println(v.path() + " " + v.code() + " " + v.messageEn());
            }
            return;
          }
          WorkInjuryCase seed =
              WorkInjuryCase.builder()
                  .region(Region.of("370800"))
                  .worker(LocalDate.of(1985, 5, 20), RetirementCategory.MALE)
                  .employedFrom(LocalDate.of(2019, 3, 1))
                  .injuredOn(LocalDate.of(2019, 12, 18))
                  .suspended(LocalDate.of(2019, 12, 18), LocalDate.of(2020, 6, 17))
                  .appraised(LocalDate.of(2020, 8, 20), 9)
                  .terminated(LocalDate.of(2020, 10, 31), InitiatedBy.WORKER)
                  .uninsured()
                  .monthlyWage(Money.parse("6500.00"))
                  .expense(BenefitItem.RE_EXAMINATION_FEE, Money.parse("300.00"), null, "复查费")
                  .expense(BenefitItem.FOLLOW_UP_TREATMENT, Money.parse("40000.00"), null, "后续治疗费")
                  .expense(BenefitItem.APPRAISAL_FEE, Money.parse("2800.00"), null, "司法鉴定费")
                  .build();
          WorkInjuryResult r = calc.workInjury(seed);
          System.out.println("employer " + r.totals().employer().toGroupedString());
          System.out.println("fund " + r.totals().fund().toGroupedString());
          System.out.println("total " + r.totals().total().toGroupedString());
        }
      }
      """;

  /** The application module, compiled once against the library's modules. */
  @TempDir static Path dir;

  private static String modulePath;

  private static Path classes;

  @BeforeAll
  static void compileTheApplicationModule() throws IOException {
    modulePath = join(libraryModules());
    Path src = dir.resolve("src");
    Path main = src.resolve("org/example/seedapp/Main.java");
    Files.createDirectories(main.getParent());
    Files.writeString(src.resolve("module-info.java"), MODULE_INFO);
    Files.writeString(main, MAIN);
    classes = dir.resolve("classes");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac).as("a JDK's compiler").isNotNull();
    int compiled =
        javac.run(
            null,
            null,
            null,
            "-encoding",
            "UTF-8",
            "--module-path",
            modulePath,
            "-d",
            classes.toString(),
            src.resolve("module-info.java").toString(),
            main.toString());
    assertThat(compiled).as("javac's exit code").isZero();
  }

  @Test
  void anApplicationModuleComputesTheSeedCaseWithoutFlagsAndTheLibraryPrintsNothing()
      throws Exception {
    Run run = run();
    assertThat(run.exit()).as("exit code; stderr:%n%s", run.err()).isZero();
    assertThat(run.err()).as("what the library wrote to stderr").isEmpty();
    assertThat(run.out().lines())
        .containsExactly("employer 250,800.00", "fund 0.00", "total 250,800.00");
  }

  /**
   * Missing facts start the Bean Validation provider, which interpolates its messages with the
   * Expression Language: on the module path without {@code --add-modules jakarta.el,…} this was an
   * {@code ExceptionInInitializerError}. (The provider writes its version line to stderr when it
   * starts; only the application's logging configuration can silence that.)
   */
  @Test
  void onTheModulePathMissingFactsAreLocatedViolations() throws Exception {
    Run run = run("incomplete");
    assertThat(run.exit()).as("exit code; stderr:%n%s", run.err()).isZero();
    assertThat(run.err()).doesNotContain("Exception", "Error");
    assertThat(run.out().lines())
        .contains("insurance REQUIRED insurance must be given", "wage REQUIRED wage must be given");
  }

  /** What the application printed, after {@code java --module-path … -m …} with its arguments. */
  record Run(int exit, String out, String err) {}

  private static Run run(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dfile.encoding=UTF-8");
    command.add("--module-path");
    command.add(modulePath + File.pathSeparator + classes);
    command.add("-m");
    command.add("org.example.seedapp/org.example.seedapp.Main");
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(dir.toFile()).start();
    p.getOutputStream().close();
    CompletableFuture<String> stdout = read(p.getInputStream());
    CompletableFuture<String> stderr = read(p.getErrorStream());
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished within two minutes").isTrue();
    return new Run(
        p.exitValue(), stdout.get(10, TimeUnit.SECONDS), stderr.get(10, TimeUnit.SECONDS));
  }

  /**
   * The module path of the library as the test class path holds it: {@code org.laborcalc.calc} and
   * what it needs at run time (required modules and the providers of the services they use).
   */
  static List<Path> libraryModules() {
    Map<String, ModuleReference> byName = new LinkedHashMap<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      boolean jar = entry.endsWith(".jar") && Files.isRegularFile(path);
      boolean exploded = Files.isRegularFile(path.resolve("module-info.class"));
      if (!jar && !exploded) {
        continue;
      }
      try {
        for (ModuleReference m : ModuleFinder.of(path).findAll()) {
          byName.putIfAbsent(m.descriptor().name(), m);
        }
      } catch (FindException e) {
        // Not usable as a module (no derivable name): not one of the library's.
      }
    }
    assertThat(byName).as("the library's modules on the test class path").containsKey(ROOT);

    Set<String> chosen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(ROOT));
    while (!todo.isEmpty()) {
      String name = todo.poll();
      if (!byName.containsKey(name) || !chosen.add(name)) {
        continue; // a platform module, or already chosen
      }
      ModuleDescriptor d = byName.get(name).descriptor();
      for (ModuleDescriptor.Requires r : d.requires()) {
        if (!r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)) {
          todo.add(r.name());
        }
      }
      for (String service : d.uses()) {
        for (ModuleReference m : byName.values()) {
          for (ModuleDescriptor.Provides provides : m.descriptor().provides()) {
            if (provides.service().equals(service)) {
              todo.add(m.descriptor().name());
            }
          }
        }
      }
    }
    List<Path> paths = new ArrayList<>();
    for (String name : chosen) {
      Optional<java.net.URI> where = byName.get(name).location();
      paths.add(Path.of(where.orElseThrow()));
    }
    return paths;
  }

  private static String join(List<Path> paths) {
    List<String> parts = new ArrayList<>();
    for (Path p : paths) {
      parts.add(p.toString());
    }
    return String.join(File.pathSeparator, parts);
  }

  private static CompletableFuture<String> read(InputStream in) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        });
  }
}
