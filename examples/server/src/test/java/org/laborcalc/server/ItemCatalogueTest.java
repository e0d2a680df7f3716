package org.laborcalc.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.laborcalc.LaborCalc;
import org.laborcalc.arrears.WageArrearsResult;
import org.laborcalc.calculation.Outcome;
import org.laborcalc.doublewage.DoubleWageResult;
import org.laborcalc.leave.AnnualLeaveResult;
import org.laborcalc.noncompete.NonCompeteResult;
import org.laborcalc.overtime.OvertimeResult;
import org.laborcalc.result.Line;

/**
 * The catalogue's names for the calculations without an item enum are the names their lines give:
 * every line of every example result of those kinds is in the catalogue with its code and both
 * names, so a renamed line fails here instead of drifting from /v1/items.
 */
class ItemCatalogueTest {
  private static final LaborCalc CALC = LaborCalc.withBundledParameters();

  static Stream<Path> exampleCases() throws IOException {
    return ApiTest.exampleCases();
  }

  private static List<? extends Line> lines(Object result) {
    if (result instanceof AnnualLeaveResult r) {
      return r.years().stream().map(AnnualLeaveResult.YearResult::line).toList();
    }
    if (result instanceof OvertimeResult r) {
      return r.lines();
    }
    if (result instanceof DoubleWageResult r) {
      return r.lines();
    }
    if (result instanceof WageArrearsResult r) {
      return r.lines();
    }
    if (result instanceof NonCompeteResult r) {
      return r.lines();
    }
    return List.of(); // the kinds whose catalogue is their item enum
  }

  @ParameterizedTest
  @MethodSource("exampleCases")
  void everyLineIsListedWithItsNames(Path file) throws IOException {
    Outcome o = CALC.compute(Files.readAllBytes(file));
    assertThat(o.isValid()).as(file.toString()).isTrue();
    Map<String, List<ItemCatalogue.Item>> all = ItemCatalogue.builtIn().byKind();
    for (Line l : lines(o.result())) {
      assertThat(all.get(o.kind()))
          .as("%s: %s", file, l.code())
          .contains(new ItemCatalogue.Item(l.code(), l.name().zh(), l.name().en()));
    }
  }
}
