package org.laborcalc.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.statistics.Statistics;
import org.laborcalc.CalcOutcome;
import org.laborcalc.LaborCalc;
import org.laborcalc.json.CaseMutator.Mutation;
import org.laborcalc.json.CaseMutator.Op;

/**
 * Fuzzing (issue #8): valid case files — the example files and the hand-written samples — broken by
 * one to four {@link CaseMutator mutations} (a field dropped, written twice or retyped; a number,
 * date, amount or code shifted; an unknown field; a part of a case added). Whatever comes in,
 * {@link LaborCalc#workInjuryJson(byte[])} returns a {@link CalcOutcome} within a hang guard and
 * throws nothing; a refusal is located and in both languages; a result has totals equal to the sums
 * of its lines, by payer, one-time and monthly apart.
 *
 * <p>Tries: {@value #DEFAULT_TRIES} per property in the build. A long run sets them with a system
 * property, e.g. {@code mvn -o test -pl calc -am -Dtest=CaseFileMutationProperties
 * -Dsurefire.failIfNoSpecifiedTests=false -Dlaborcalc.fuzz.tries=100000}.
 */
@AddLifecycleHook(
    value = CaseFileMutationProperties.Tries.class,
    propagateTo = PropagationMode.DIRECT_DESCENDANTS)
class CaseFileMutationProperties {
  static final int DEFAULT_TRIES = 2000;

  /** The hang guard per case: not a performance bound, only long enough to tell a hang. */
  private static final long GUARD_SECONDS = 10;

  private static final LaborCalc CALC = LaborCalc.withBundledParameters();

  // One thread, reused across tries (a fresh thread per try would cost more than most tries), and
  // replaced when a try hangs in it. Tries run one after another, in jqwik's thread.
  private static ExecutorService guard = newGuard();

  private static ExecutorService newGuard() {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, "fuzz-guard");
          t.setDaemon(true);
          return t;
        });
  }

  /** Sets the tries of every property here from {@code -Dlaborcalc.fuzz.tries}. */
  static final class Tries implements AroundPropertyHook {
    @Override
    public PropertyExecutionResult aroundProperty(
        PropertyLifecycleContext context, PropertyExecutor property) {
      String tries = System.getProperty("laborcalc.fuzz.tries");
      context.attributes().setTries(tries == null ? DEFAULT_TRIES : Integer.parseInt(tries));
      return property.execute();
    }

    /** Outside jqwik's own hooks: the tries must be set before the property starts. */
    @Override
    public int aroundPropertyProximity() {
      return -100;
    }
  }

  /** The valid case files mutated: the six examples and the samples of the JSON tests. */
  private static final List<Tuple.Tuple2<String, ObjectNode>> BASES = bases();

  private static List<Tuple.Tuple2<String, ObjectNode>> bases() {
    List<Tuple.Tuple2<String, ObjectNode>> out = new ArrayList<>();
    for (String name : CaseDoc.exampleNames()) {
      out.add(Tuple.of(name, CaseDoc.example(name).tree()));
    }
    out.add(Tuple.of("Samples.FULL", CaseDoc.parse(Samples.FULL).tree()));
    out.add(Tuple.of("Samples.MINIMAL", CaseDoc.parse(Samples.MINIMAL).tree()));
    out.add(Tuple.of("Samples.DEATH", CaseDoc.parse(Samples.DEATH).tree()));
    return List.copyOf(out);
  }

  @Provide
  Arbitrary<Tuple.Tuple2<String, ObjectNode>> validCaseFiles() {
    return Arbitraries.of(BASES);
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    Arbitrary<Mutation> one =
        Combinators.combine(
                Arbitraries.of(Op.class),
                Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(-40_000, 40_000))
            .as(Mutation::new);
    return one.list().ofMinSize(1).ofMaxSize(4);
  }

  /** Only the mutations that keep a case computable more often than not, for the totals law. */
  @Provide
  Arbitrary<List<Mutation>> gentleMutations() {
    Arbitrary<Mutation> one =
        Combinators.combine(
                Arbitraries.of(Op.ADD_PART, Op.NUDGE),
                Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(-400, 400))
            .as(Mutation::new);
    return one.list().ofMinSize(1).ofMaxSize(5);
  }

  @Property
  void aMutatedCaseFileGivesAResultOrLocatedViolationsAndNothingElse(
      @ForAll("validCaseFiles") Tuple.Tuple2<String, ObjectNode> base,
      @ForAll("mutations") List<Mutation> mutations) {
    obeysTheContract(CaseMutator.apply(base.get2(), mutations));
  }

  @Property
  void aComputableVariantHasTotalsEqualToTheSumsOfItsLines(
      @ForAll("validCaseFiles") Tuple.Tuple2<String, ObjectNode> base,
      @ForAll("gentleMutations") List<Mutation> mutations) {
    obeysTheContract(CaseMutator.apply(base.get2(), mutations));
  }

  private static void obeysTheContract(byte[] input) {
    CalcOutcome o = guarded(input);
    Statistics.label("outcome").collect(o.isValid() ? "computed" : "refused");
    String document = CALC.toJson(o);
    if (o.isValid()) {
      OutcomeChecks.totalsAreTheSumsOfTheLines(o.result(), deathDate(input));
      OutcomeChecks.documentStatesTheTotals(document, o.result());
    } else {
      OutcomeChecks.isExplained(o);
      Statistics.label("first code").collect(o.violations().get(0).code());
      assertThat(document).startsWith("{\n  \"format\": \"laborcalc.violations/1\"");
    }
  }

  /** The worker's death date in a case file the engine accepted, or null. */
  private static java.time.LocalDate deathDate(byte[] input) {
    try {
      com.fasterxml.jackson.databind.JsonNode d =
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(input).at("/case/death/date");
      return d.isTextual() ? java.time.LocalDate.parse(d.asText()) : null;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The outcome, or a failure when the computation throws or does not finish in time. */
  private static CalcOutcome guarded(byte[] input) {
    Future<CalcOutcome> f = guard.submit(() -> CALC.workInjuryJson(input));
    try {
      return f.get(GUARD_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      guard.shutdownNow();
      guard = newGuard();
      throw new AssertionError("no outcome within " + GUARD_SECONDS + " s: a hang", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new AssertionError("workInjuryJson threw " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
