package org.laborcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborcalc.cli.Cli.Run;
import org.laborcalc.injury.rules.BundledPacks;

/**
 * {@code --figure KEY@REGION:YEAR=VALUE}: the figures the missing list names, given on the command
 * line, for every kind of case file. Totals are the hand-worked ones of each example.
 */
class FigureOptionTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The case of calc's CaseFiguresTest (born 1985-05-20, injured 2023-06-10, 7,000.00 a month). */
  private static final String HANGZHOU =
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

  @TempDir Path dir;

  private static LaborCalcCli.Context bundled() {
    return Cli.context(BundledPacks::parameters);
  }

  /** The example without its own pack: its figures must come from the command line. */
  private Path withoutParameters(String example) throws Exception {
    ObjectNode file = (ObjectNode) JSON.readTree(Path.of("cases").resolve(example).toFile());
    file.remove("parameters");
    Path p = dir.resolve(Path.of(example).getFileName());
    Files.writeString(p, file.toString());
    return p;
  }

  /**
   * The severance and illegal-employment examples with their figures given as --figure instead of a
   * pack give the totals their worked examples give by hand (ComputeCommandTest): the monthly
   * average of the illegal-employment example as the year's 84,000.00 ÷ 12 = 7,000.00.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "severance/n2-medical-period-notice-pay.json | 13,399.99 | "
            + "wage.minimumMonthly@370800:2023-01-01=2400.00 "
            + "wage.regionalAverageMonthly@370800:2023=7000.00",
        "illegal-employment/ie-1-grade7.json | '357,000.00' | "
            + "wage.regionalAverageAnnual@330100:2022=84000.00 "
            + "wage.regionalAverageMonthly@330100:2022=84000.00/ANNUAL",
      })
  void theOtherKindsTakeTheirFiguresFromTheCommandLine(String example, String total, String figs)
      throws Exception {
    Path file = withoutParameters(example);
    Run without = Cli.run(bundled(), "compute", file.toString());
    assertThat(without.code()).isNotZero();
    assertThat(without.err()).contains("MISSING_PARAMETER");

    String[] specs = figs.split(" ");
    String[] args = new String[2 + 2 * specs.length];
    args[0] = "compute";
    args[1] = file.toString();
    for (int i = 0; i < specs.length; i++) {
      args[2 + 2 * i] = "--figure";
      args[3 + 2 * i] = specs[i];
    }
    Run r = Cli.run(bundled(), args);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains(total);
  }

  /**
   * The Hangzhou grade 8 uninsured case of calc's CaseFiguresTest, its four missing figures given
   * on the command line: complete, 231,266.00 payable by the employer (hand working there).
   */
  @Test
  void theHangzhouCaseComputesOnceTheListedFiguresAreGiven() throws Exception {
    Path file = dir.resolve("hangzhou.json");
    Files.writeString(file, HANGZHOU);
    Run first = Cli.run(bundled(), "validate", file.toString());
    assertThat(first.code()).isEqualTo(LaborCalcCli.INCOMPLETE);
    assertThat(first.err())
        .contains(
            "key=wage.regionalAverageMonthly, region=330100, year=2022",
            "key=wage.provincialAverageMonthly, region=330000, year=2023",
            "key=wage.minimumMonthly, region=330100, date=2023-06-10",
            "key=injury.hospitalFood.minimumWageDayDivisor, region=330100, date=2023-06-10");

    Run r =
        Cli.run(
            bundled(),
            "work-injury",
            file.toString(),
            "--figure",
            "wage.regionalAverageMonthly@330100:2022=73000.00/ANNUAL",
            "--figure",
            "wage.provincialAverageMonthly@330000:2023=8000.00",
            "--figure",
            "wage.minimumMonthly@330100:2021-08-01=2280.00",
            "--figure",
            "injury.hospitalFood.minimumWageDayDivisor@330100:2020-01-01=30",
            "--format",
            "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("\"employer\": \"231266.00\"", "73000.00 ÷ 12 = 6083.33", "command-line-figures");
  }

  @Test
  void aBadFigureIsInvalidInputLocatedAtTheOption() {
    Run r =
        Cli.run(
            bundled(),
            "compute",
            "cases/severance/n2-medical-period-notice-pay.json",
            "--figure",
            "wage.regionalAverageMonthly@370800:2023-01-01=7000.00",
            "--figure",
            "wage.nothing@370800:2023=1.00");
    assertThat(r.code()).isEqualTo(LaborCalcCli.INVALID_INPUT);
    assertThat(r.err())
        .contains("--figure[0].from  [CONTRADICTION]", "--figure[1].key  [UNKNOWN_KEY]", "年度统计数据");
  }
}
