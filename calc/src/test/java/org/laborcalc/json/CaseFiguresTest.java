package org.laborcalc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborcalc.LaborCalc;
import org.laborcalc.calculation.Calculations;
import org.laborcalc.calculation.Outcome;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.BenefitLine;
import org.laborcalc.injury.WorkInjuryResult;
import org.laborcalc.money.Money;
import org.laborcalc.result.Party;

/**
 * The short form of a caller's figures: a case file's {@code figures} and the command line's {@code
 * --figure}. Amounts are worked by hand from the articles and the figures each test supplies.
 */
class CaseFiguresTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Hangzhou, uninsured, grade 8: born 1985-05-20, employed 2022-03-01, injured 2023-06-10, paid
   * suspension 2023-06-10 to 2023-12-09 (6 whole months), in hospital 2023-06-10 to 2023-06-19 (10
   * days), appraised 2024-01-15, left at the worker's request on 2024-03-31; wage 7,000.00 a month.
   */
  static final String HANGZHOU =
      """
      {"calculation": "work-injury", "formatVersion": 1,
       "case": {
        "region": "330100",
        "worker": {"birthDate": "1985-05-20", "retirementCategory": "MALE"},
        "employment": {"start": "2022-03-01",
                       "termination": {"date": "2024-03-31", "initiatedBy": "WORKER"}},
        "injury": {"date": "2023-06-10", "occupationalDisease": false},
        "appraisal": {"date": "2024-01-15", "itemGrades": [8], "selfCare": "NONE"},
        "suspension": {"start": "2023-06-10", "endInclusive": "2023-12-09"},
        "hospitalStays": [{"from": "2023-06-10", "toInclusive": "2023-06-19"}],
        "insurance": {"status": "UNINSURED"},
        "wage": {"monthlyWage": "7000.00"}}}
      """;

  private static ObjectNode hangzhou() {
    try {
      return (ObjectNode) JSON.readTree(HANGZHOU);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static Money m(String s) {
    return Money.parse(s);
  }

  private static List<Violation> violations(ObjectNode file) {
    return LaborCalc.withBundledParameters().validateJson(file.toString());
  }

  @Nested
  class TheHangzhouCaseInTwoRuns {

    /**
     * The figures as the user finds them: Hangzhou's 2022 average published as a year's total,
     * 73,000.00 (÷ 12 = 6,083.333… → 6,083.33, half-up to the fen); Zhejiang's 2023 monthly average
     * 8,000.00; Hangzhou's minimum wage 2,280.00 from 2021-08-01; the tribunal's 30 days to the
     * month for hospital food.
     */
    private static final Map<String, String[]> FOUND =
        Map.of(
            "wage.regionalAverageMonthly", new String[] {"73000.00", null, "ANNUAL"},
            "wage.provincialAverageMonthly", new String[] {"8000.00", null, null},
            "wage.minimumMonthly", new String[] {"2280.00", "2021-08-01", null},
            "injury.hospitalFood.minimumWageDayDivisor", new String[] {"30", "2020-01-01", null});

    /**
     * Run once: the missing list names four figures (key, region, year or date). Each is filled in
     * the short form from what the user found, and the second run is complete. 本人工资: 60% × 6,083.33
     * = 3,650.00 ≤ 7,000 ≤ 300% × 6,083.33 = 18,249.99 → 7,000.00 (art. 64). 一次性伤残补助金 grade 8: 11 ×
     * 7,000 = 77,000.00 (art. 37 ¶1 (一)); 医疗 and 就业 each 7 × 8,000 = 56,000.00 (浙江省工伤保险条例 art. 27,
     * grade 8: 7 months, 38 years old at termination); 停工留薪期 6 × 7,000 = 42,000.00 (art. 33 ¶1);
     * 住院伙食 10 × 35% × 2,280.00 ÷ 30 = 266.00 (浙江 art. 24). The employer pays all (art. 62 ¶2):
     * 77,000 + 56,000 + 56,000 + 42,000 + 266 = 231,266.00.
     */
    @Test
    void theMissingListFilledInWithTheShortFormCompletesTheCaseInOneMoreRun() {
      LaborCalc calc = LaborCalc.withBundledParameters();
      ObjectNode file = hangzhou();

      Outcome first = calc.compute(file.toString());
      assertThat(first.isValid()).isTrue();
      assertThat(first.isComplete()).isFalse();
      assertThat(first.missing()).hasSize(4);

      ArrayNode figures = file.putArray("figures");
      for (Violation missing : first.missing()) {
        String key = missing.fields().get("key");
        String[] found = FOUND.get(key);
        ObjectNode f = figures.addObject();
        f.put("key", key);
        f.put("region", missing.fields().get("region"));
        if (missing.fields().containsKey("year")) {
          f.put("year", Integer.parseInt(missing.fields().get("year")));
        } else {
          assertThat(found[1]).isLessThanOrEqualTo(missing.fields().get("date"));
          f.put("from", found[1]);
        }
        f.put("value", found[0]);
        if (found[2] != null) {
          f.put("period", found[2]);
        }
        f.put("source", "找到的公告（测试） " + key);
      }
      Outcome second = calc.compute(file.toString());

      assertThat(second.violations()).isEmpty();
      assertThat(second.isComplete()).isTrue();
      WorkInjuryResult r = second.result(WorkInjuryResult.class);
      assertThat(r.wage().ownWage()).isEqualTo(m("7000.00"));
      assertThat(r.lines())
          .extracting(BenefitLine::item, BenefitLine::amount, BenefitLine::payer)
          .containsExactly(
              tuple(BenefitItem.ONE_TIME_DISABILITY_SUBSIDY, m("77000.00"), Party.EMPLOYER),
              tuple(BenefitItem.ONE_TIME_MEDICAL_SUBSIDY, m("56000.00"), Party.EMPLOYER),
              tuple(BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY, m("56000.00"), Party.EMPLOYER),
              tuple(BenefitItem.SUSPENSION_PERIOD_WAGES, m("42000.00"), Party.EMPLOYER),
              tuple(BenefitItem.HOSPITAL_FOOD_SUBSIDY, m("266.00"), Party.EMPLOYER));
      assertThat(r.totals().employer()).isEqualTo(m("231266.00"));
      assertThat(calc.validateJson(file.toString())).isEmpty();
    }

    /**
     * Each figure is USER_SUPPLIED and warned; the annual one shows its division, 73,000.00 ÷ 12 =
     * 6,083.33, in the warning and in the citation every line that uses it lists.
     */
    @Test
    void everyFigureIsUserSuppliedAndWarnedAndTheAnnualOneShowsItsDivision() {
      ObjectNode file = hangzhou();
      ArrayNode figures = file.putArray("figures");
      figures
          .addObject()
          .put("key", "wage.regionalAverageMonthly")
          .put("region", "330100")
          .put("year", 2022)
          .put("value", "73000.00")
          .put("period", "ANNUAL")
          .put("source", "杭州市统计局公告（测试）");

      WorkInjuryResult r =
          LaborCalc.withBundledParameters().compute(file.toString()).result(WorkInjuryResult.class);

      assertThat(r.wage().ownWage()).isEqualTo(m("7000.00"));
      BenefitLine subsidy =
          r.lines().stream()
              .filter(l -> l.item() == BenefitItem.ONE_TIME_DISABILITY_SUBSIDY)
              .findFirst()
              .orElseThrow();
      assertThat(subsidy.amount()).isEqualTo(m("77000.00"));
      assertThat(r.warnings())
          .filteredOn(n -> n.messageZh().contains("由用户提供"))
          .singleElement()
          .satisfies(
              n -> {
                assertThat(n.messageZh())
                    .contains("由用户提供", "杭州市统计局公告（测试）", "73000.00 ÷ 12 = 6083.33", "四舍五入至分");
                assertThat(n.messageEn())
                    .contains("supplied by the user", "73000.00 ÷ 12 = 6083.33");
              });
      String json = LaborCalcJson.writeResult(r);
      assertThat(json)
          .contains(
              "\"value\": \"6083.33\"",
              "杭州市统计局公告（测试）（年度数值 73000.00 ÷ 12 = 6083.33，四舍五入至分",
              "\"verification\": \"USER_SUPPLIED\"",
              "\"pack\": \"case-figures\"");
    }
  }

  @Nested
  class TheCommandLineForm {

    /** The same four figures on the command line: one pack, each a USER_SUPPLIED figure. */
    @Test
    void readsYearsDatesAndAnnualTotals() {
      var pack =
          LaborCalcJson.readFigures(
              List.of(
                  "wage.regionalAverageMonthly@330100:2022=73000.00/ANNUAL",
                  "wage.provincialAverageMonthly@330000:2023=8000.00",
                  "wage.minimumMonthly@330100:2021-08-01=2280.00",
                  "injury.hospitalFood.minimumWageDayDivisor@330100:2020-01-01=30"),
              Calculations.builtIn());

      assertThat(pack.id()).isEqualTo("command-line-figures");
      assertThat(pack.entries())
          .extracting(
              e -> e.key().name(), e -> e.range().toString(), e -> String.valueOf(e.value()))
          .containsExactly(
              tuple("wage.regionalAverageMonthly", "2022-01-01/2023-01-01", "6083.33"),
              tuple("wage.provincialAverageMonthly", "2023-01-01/2024-01-01", "8000.00"),
              tuple("wage.minimumMonthly", "2021-08-01/..", "2280.00"),
              tuple("injury.hospitalFood.minimumWageDayDivisor", "2020-01-01/..", "30"));
      assertThat(pack.entries())
          .allSatisfy(
              e -> {
                assertThat(e.verification().name()).isEqualTo("USER_SUPPLIED");
                assertThat(e.warningZh()).contains("由用户提供");
              });
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "wage.regionalAverageMonthly=9500.00 | --figure[0] | MALFORMED_FIGURE",
          "wage.regionalAverageMonthly@330100:2023=9500.00/MONTHLY | --figure[0] | MALFORMED_FIGURE",
          "wage.noSuchKey@330100:2023=9500.00 | --figure[0].key | UNKNOWN_KEY",
          "injury.terminationSubsidies@330000:2023=1 | --figure[0].key | NO_SHORT_FORM",
          "wage.regionalAverageMonthly@999999:2023=9500.00 | --figure[0].region | UNKNOWN_REGION",
          "wage.regionalAverageMonthly@杭州:2023=9500.00 | --figure[0].region | UNKNOWN_REGION",
          "wage.regionalAverageMonthly@330100:2023-01-01=9500.00 | --figure[0].from | CONTRADICTION",
          "wage.minimumMonthly@330100:2023-02-30=2280.00 | --figure[0].from | INVALID_DATE",
          "wage.regionalAverageMonthly@330100:1800=9500.00 | --figure[0].year | OUT_OF_RANGE",
          "wage.regionalAverageMonthly@330100:2023=9,500.00 | --figure[0].value | MALFORMED_NUMBER",
          "wage.regionalAverageMonthly@330100:2023=9500.001 | --figure[0].value | MALFORMED_NUMBER",
          "wage.regionalAverageMonthly@330100:2023=-9500 | --figure[0].value | MALFORMED_NUMBER",
          "wage.regionalAverageMonthly@330100:2023=1e4 | --figure[0].value | MALFORMED_NUMBER",
          "wage.regionalAverageMonthly@330100:2023=0.00 | --figure[0].value | OUT_OF_RANGE",
          "wage.regionalAverageMonthly@330100:2023=0.05/ANNUAL | --figure[0].value | OUT_OF_RANGE",
          "wage.minimumMonthly@330100:2021-08-01=27360.00/ANNUAL | --figure[0].period | CONTRADICTION",
          "injury.hospitalFood.minimumWageDayDivisor@330100:2020-01-01=40 | --figure[0].value"
              + " | OUT_OF_RANGE",
        })
    void aBadFigureIsALocatedViolation(String spec, String path, String code) {
      try {
        LaborCalcJson.readFigures(List.of(spec), Calculations.builtIn());
        throw new AssertionError("accepted " + spec);
      } catch (InvalidInputException e) {
        assertThat(e.violations())
            .extracting(Violation::path, Violation::code)
            .containsExactly(tuple(path, code));
        assertThat(e.violations().get(0).messageZh()).isNotBlank();
        assertThat(e.violations().get(0).messageEn()).isNotBlank();
      }
    }

    @Test
    void everyBadFigureIsReportedAtOnceAndAFigureGivenTwiceIsRefused() {
      try {
        LaborCalcJson.readFigures(
            List.of(
                "wage.regionalAverageMonthly@330100:2023=9500.00",
                "nonsense",
                "wage.regionalAverageMonthly@330100:2023=114000.00/ANNUAL",
                "wage.noSuchKey@330100:2023=1.00"),
            Calculations.builtIn());
        throw new AssertionError("accepted");
      } catch (InvalidInputException e) {
        assertThat(e.violations())
            .extracting(Violation::path, Violation::code)
            .containsExactly(
                tuple("--figure[1]", "MALFORMED_FIGURE"),
                tuple("--figure[3].key", "UNKNOWN_KEY"),
                tuple("--figure[2]", "DUPLICATE_FIGURE"));
        assertThat(e.violations().get(1).messageEn())
            // The nearest keys of the same domain, and where the whole list is.
            .contains("wage.minimumMonthly", "docs/PARAMETERS.md")
            .doesNotContain("injury.terminationSubsidies");
      }
    }
  }

  @Nested
  class BadEntriesInACaseFile {

    private ObjectNode with(String figureJson) {
      ObjectNode file = hangzhou();
      try {
        file.set("figures", JSON.readTree(figureJson));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
      return file;
    }

    private static final String OK =
        "\"key\": \"wage.regionalAverageMonthly\", \"region\": \"330100\", \"value\": \"9500.00\","
            + " \"source\": \"公告\"";

    @Test
    void aMistypedKeyIsAnsweredWithTheNearestKeysNotTheWholeList() {
      List<Violation> vs =
          violations(
              with(
                  "[{\"key\": \"wage.regionalAverageMontly\", \"region\": \"330100\","
                      + " \"year\": 2023, \"value\": \"9500.00\", \"source\": \"公告\"}]"));
      Violation v =
          vs.stream().filter(x -> x.code().equals("UNKNOWN_KEY")).findFirst().orElseThrow();
      assertThat(v.path()).isEqualTo("figures[0].key");
      // One letter dropped: the intended key is the nearest by edit distance, so it is named first.
      assertThat(v.messageEn())
          .contains("the nearest keys the short form takes are [wage.regionalAverageMonthly,");
      assertThat(v.messageZh()).contains("最接近的可用简式给出的参数为：wage.regionalAverageMonthly、");
      assertThat(v.messageEn().length()).isLessThan(400);
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "{} | figures | WRONG_TYPE",
          "[1] | figures[0] | WRONG_TYPE",
          "[{" + OK + "}] | figures[0].year | REQUIRED",
          "[{" + OK + ", \"year\": \"2023\"}] | figures[0].year | WRONG_TYPE",
          "[{" + OK + ", \"year\": 2023.5}] | figures[0].year | WRONG_TYPE",
          "[{" + OK + ", \"year\": 2101}] | figures[0].year | OUT_OF_RANGE",
          "[{"
              + OK
              + ", \"year\": 2023, \"until\": \"2024-06-01\"}] | figures[0].until | CONTRADICTION",
          "[{" + OK + ", \"year\": 2023, \"note\": \"x\"}] | figures[0].note | UNKNOWN_FIELD",
          "[{"
              + OK
              + ", \"year\": 2023, \"period\": \"WEEKLY\"}] | figures[0].period | INVALID_VALUE",
          "[{\"key\": \"wage.regionalAverageMonthly\", \"region\": \"330100\", \"year\": 2023,"
              + " \"value\": 9500.00, \"source\": \"公告\"}] | figures[0].value | WRONG_TYPE",
          "[{\"key\": \"wage.regionalAverageMonthly\", \"region\": \"330100\", \"year\": 2023,"
              + " \"source\": \"公告\"}] | figures[0].value | REQUIRED",
          "[{\"key\": \"wage.regionalAverageMonthly\", \"region\": \"330100\", \"year\": 2023,"
              + " \"value\": \"9500.00\"}] | figures[0].source | REQUIRED",
          "[{\"key\": \"wage.regionalAverageMonthly\", \"region\": \"330100\", \"year\": 2023,"
              + " \"value\": \"9500.00\", \"source\": \"  \"}] | figures[0].source | REQUIRED",
          "[{\"key\": \"wage.regionalAverageMonthly\", \"region\": 330100, \"year\": 2023,"
              + " \"value\": \"9500.00\", \"source\": \"公告\"}] | figures[0].region | WRONG_TYPE",
          "[{\"key\": \"wage.regionalAverageMonthly\", \"region\": \"339999\", \"year\": 2023,"
              + " \"value\": \"9500.00\", \"source\": \"公告\"}] | figures[0].region | UNKNOWN_REGION",
          "[{\"key\": \"wage.minimumMonthly\", \"region\": \"330100\", \"from\": \"2021-08-01\","
              + " \"until\": \"2021-08-01\", \"value\": \"2280.00\", \"source\": \"公告\"}]"
              + " | figures[0].until | DATE_ORDER",
          "[{\"key\": \"wage.minimumMonthly\", \"region\": \"330100\", \"value\": \"2280.00\","
              + " \"source\": \"公告\"}] | figures[0].from | REQUIRED",
          "[{\"key\": \"wage.minimumMonthly\", \"region\": \"330100\", \"year\": 2023,"
              + " \"from\": \"2023-01-01\", \"value\": \"2280.00\", \"source\": \"公告\"}]"
              + " | figures[0].from | CONTRADICTION",
        })
    void isALocatedViolation(String figures, String path, String code) {
      List<Violation> vs = violations(with(figures));
      assertThat(vs)
          .extracting(Violation::path, Violation::code)
          .containsExactly(tuple(path, code));
    }

    /** A figure the file's own pack already gives contradicts it: neither silently wins. */
    @Test
    void aFigureThePackAlsoGivesIsRefused() {
      ObjectNode file =
          with(
              "[{\"key\": \"wage.regionalAverageMonthly\", \"region\": \"330100\", \"year\": 2022,"
                  + " \"value\": \"6000.00\", \"source\": \"公告\"}]");
      try {
        file.set(
            "parameters",
            JSON.readTree(
                """
                {"pack": "mine", "title": "mine", "entries": [
                 {"key": "wage.regionalAverageMonthly", "region": "330100",
                  "from": "2022-01-01", "until": "2023-01-01", "value": "6100.00",
                  "verification": "USER_SUPPLIED", "citations": [{"document": "公告"}]}]}
                """));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
      assertThat(violations(file))
          .extracting(Violation::path, Violation::code)
          .containsExactly(tuple("figures[0]", "DUPLICATE_FIGURE"));
    }

    /** Beside a pack, the figures join it: its id is the pack's, the figure's source its own. */
    @Test
    void figuresBesideAPackJoinIt() {
      ObjectNode file =
          with(
              "[{\"key\": \"wage.regionalAverageMonthly\", \"region\": \"330100\", \"year\": 2022,"
                  + " \"value\": \"6000.00\", \"source\": \"杭州公告\"}]");
      try {
        file.set(
            "parameters",
            JSON.readTree(
                """
                {"pack": "mine", "title": "mine", "entries": [
                 {"key": "wage.provincialAverageMonthly", "region": "330000",
                  "from": "2023-01-01", "until": "2024-01-01", "value": "8000.00",
                  "verification": "USER_SUPPLIED", "citations": [{"document": "浙江公告"}]}]}
                """));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
      WorkInjuryResult r =
          LaborCalc.withBundledParameters().compute(file.toString()).result(WorkInjuryResult.class);
      assertThat(r.lines())
          .extracting(BenefitLine::item, BenefitLine::amount)
          .contains(
              tuple(BenefitItem.ONE_TIME_DISABILITY_SUBSIDY, m("77000.00")),
              tuple(BenefitItem.ONE_TIME_MEDICAL_SUBSIDY, m("56000.00")));
      assertThat(LaborCalcJson.readCaseFile(file.toString()).parameters().entries())
          .extracting(e -> e.key().name(), e -> e.packId(), e -> e.citations().get(0).toString())
          .containsExactly(
              tuple("wage.provincialAverageMonthly", "mine", "浙江公告"),
              tuple("wage.regionalAverageMonthly", "mine", "杭州公告"));
    }

    /** Every kind reads the same figures: the keys are those of every calculation. */
    @Test
    void anIllegalEmploymentKeyIsKnown() throws Exception {
      JsonNode ie =
          JSON.readTree(
              """
              {"calculation": "illegal-employment",
               "case": {"region": "330100", "unit": "NO_LICENCE", "injuryDate": "2023-01-10",
                        "treatment": {"start": "2023-01-10", "end": "2023-04-09"},
                        "appraisal": {"date": "2023-04-20", "grade": 7}},
               "figures": [
                 {"key": "wage.regionalAverageAnnual", "region": "330100", "year": 2022,
                  "value": "84000.00", "source": "公告"},
                 {"key": "wage.regionalAverageMonthly", "region": "330100", "year": 2022,
                  "value": "84000.00", "period": "ANNUAL", "source": "公告"}]}
              """);
      Outcome o = LaborCalc.withBundledParameters().compute(ie.toString());
      assertThat(o.violations()).isEmpty();
      assertThat(o.isComplete()).isTrue();
      // ARBITRATION.md §2.10: grade 7, 4 × 84,000 = 336,000.00; living allowance 3 months × 7,000.
      assertThat(o.toJson()).contains("336000.00", "21000.00", "357000.00");
    }
  }
}
