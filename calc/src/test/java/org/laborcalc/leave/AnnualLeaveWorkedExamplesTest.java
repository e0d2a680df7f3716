package org.laborcalc.leave;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.laborcalc.LaborCalc;
import org.laborcalc.calculation.Outcome;
import org.laborcalc.calculation.SheetFormat;
import org.laborcalc.law.Citation;
import org.laborcalc.result.LineValue;

/**
 * The worked examples of ARBITRATION.md §2.6 (AL-1 to AL-4, each option's alternative value) as
 * data files: the case file, the hand working, and the expected days, amount and citations of each
 * line, written from the articles and the working — never from a run.
 */
class AnnualLeaveWorkedExamplesTest {
  private static final String DIR = "/org/laborcalc/leave/worked/";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final LaborCalc CALC = LaborCalc.withBundledParameters();

  static Stream<String> examples() throws IOException {
    try (InputStream in =
        AnnualLeaveWorkedExamplesTest.class.getResourceAsStream(DIR + "index.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList().stream();
    }
  }

  private static JsonNode read(String name) throws IOException {
    try (InputStream in =
        AnnualLeaveWorkedExamplesTest.class.getResourceAsStream(DIR + name + ".json")) {
      return MAPPER.readTree(in);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theWorkedExampleComesOutAsWorkedByHand(String name) throws IOException {
    JsonNode example = read(name);
    assertThat(example.get("working")).as("%s has its hand working", name).isNotEmpty();
    Outcome outcome = CALC.compute(MAPPER.writeValueAsString(example.get("caseFile")));
    assertThat(outcome.violations()).as(name).isEmpty();
    AnnualLeaveResult r = outcome.result(AnnualLeaveResult.class);
    JsonNode expected = example.get("expected");
    List<AnnualLeaveResult.YearResult> years = r.years();
    assertThat(years).hasSize(expected.get("lines").size());
    for (int i = 0; i < years.size(); i++) {
      JsonNode want = expected.get("lines").get(i);
      AnnualLeaveResult.YearResult got = years.get(i);
      assertThat(got.days().year()).isEqualTo(want.get("year").asInt());
      assertThat(got.days().unused())
          .as("%s unused days", name)
          .isEqualByComparingTo(want.get("unused").asText());
      assertThat(((LineValue.OneTime) got.line().value()).amount().toString())
          .as("%s amount", name)
          .isEqualTo(want.get("amount").asText());
      List<String> cites = new ArrayList<>();
      want.get("citations").forEach(c -> cites.add(c.asText()));
      assertThat(got.line().citations())
          .extracting(Citation::toChinese)
          .as("%s citations", name)
          .containsExactlyElementsOf(cites);
      assertThat(got.line().formula().evaluate())
          .isEqualTo(((LineValue.OneTime) got.line().value()).amount());
    }
    assertThat(r.total().toString()).isEqualTo(expected.get("total").asText());
    assertThat(outcome.toJson()).contains("\"format\" : \"laborcalc.annual-leave-result/1\"");
    assertThat(outcome.sheet(SheetFormat.TEXT)).contains("合计 ");
  }
}
