package org.laborcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborcalc.cli.Cli.Run;

/**
 * {@code laborcalc limitation}: the worked examples TL-1..TL-4 of ARBITRATION.md §2.8, each date
 * counted by hand from 劳动争议调解仲裁法 art. 27 (one year to the same day of the next year; a suspension's
 * days added; an interruption restarts the year), and every bad argument located at its option.
 */
class LimitationCommandTest {

  private static Run run(String... args) {
    List<String> all = new ArrayList<>(List.of("limitation"));
    all.addAll(List.of(args));
    return Cli.run(Cli.noPacks(), all.toArray(String[]::new));
  }

  private static JsonNode json(Run r) throws Exception {
    return new ObjectMapper().readTree(r.out());
  }

  private static List<String> cited(JsonNode doc) {
    List<String> out = new ArrayList<>();
    doc.path("citations").forEach(c -> out.add(c.path("textZh").asText()));
    return out;
  }

  @Test
  void tl1_aDismissalIsWithinUpToTheMovedLastDayAndExpiredTheDayAfter() throws Exception {
    // Known 2024-03-15; one year ends 2025-03-15, a Saturday → Monday 2025-03-17 under the option.
    Run in =
        run(
            "--known",
            "2024-03-15",
            "--last-day-rule",
            "next_working_day",
            "--filed",
            "2025-03-17",
            "--format",
            "json");
    assertThat(in.code()).isZero();
    JsonNode doc = json(in);
    assertThat(doc.path("format").asText()).isEqualTo("laborcalc.limitation/1");
    assertThat(doc.path("accrual").asText()).isEqualTo("2024-03-15");
    assertThat(doc.path("deadline").asText()).isEqualTo("2025-03-17");
    assertThat(doc.path("status").asText()).isEqualTo("WITHIN");
    assertThat(cited(doc)).containsExactly("《中华人民共和国劳动争议调解仲裁法》第二十七条第一款", "《劳动人事争议仲裁办案规则》第十九条第二款");

    Run late =
        run(
            "--known",
            "2024-03-15",
            "--last-day-rule",
            "NEXT_WORKING_DAY",
            "--filed",
            "2025-03-18",
            "--format",
            "json");
    JsonNode lateDoc = json(late);
    assertThat(lateDoc.path("status").asText()).isEqualTo("EXPIRED_IF_RAISED");
    assertThat(cited(lateDoc)).hasSize(3);
    assertThat(cited(lateDoc).get(2)).contains("第二十条");
  }

  @Test
  void byDefaultTheLastDayIsTheAnniversary() throws Exception {
    Run r = run("--known", "2024-03-15", "--format", "json");
    JsonNode doc = json(r);
    assertThat(doc.path("deadline").asText()).isEqualTo("2025-03-15");
    assertThat(doc.path("status").isNull()).isTrue();
    assertThat(doc.path("lastDayRule").asText()).isEqualTo("ANNIVERSARY");
    assertThat(cited(doc)).containsExactly("《中华人民共和国劳动争议调解仲裁法》第二十七条第一款");
  }

  @Test
  void tl2_aComplaintRestartsAFullYear() throws Exception {
    Run r =
        run(
            "--known",
            "2024-03-15",
            "--interrupted",
            "2024-12-02:REQUEST_FOR_RELIEF",
            "--format",
            "json");
    JsonNode doc = json(r);
    assertThat(doc.path("deadline").asText()).isEqualTo("2025-12-02");
    assertThat(doc.path("interruptions").get(0).path("kind").asText())
        .isEqualTo("REQUEST_FOR_RELIEF");
    assertThat(cited(doc)).contains("《中华人民共和国劳动争议调解仲裁法》第二十七条第二款");
  }

  @Test
  void tl3_aSuspensionAddsItsDays() throws Exception {
    // 2024-06-01..08-31 is 30 + 31 + 31 = 92 days: 2025-03-15 + 92 days = 2025-06-15 (a Sunday).
    Run plain =
        run(
            "--known",
            "2024-03-15",
            "--suspended",
            "2024-06-01..2024-08-31:FORCE_MAJEURE",
            "--format",
            "json");
    assertThat(json(plain).path("deadline").asText()).isEqualTo("2025-06-15");
    Run moved =
        run(
            "--known",
            "2024-03-15",
            "--suspended",
            "2024-06-01..2024-08-31:force_majeure",
            "--last-day-rule",
            "NEXT_WORKING_DAY",
            "--format",
            "json");
    JsonNode doc = json(moved);
    assertThat(doc.path("deadline").asText()).isEqualTo("2025-06-16");
    assertThat(doc.path("suspensions").get(0).path("to").asText()).isEqualTo("2024-08-31");
    assertThat(cited(doc)).contains("《中华人民共和国劳动争议调解仲裁法》第二十七条第三款");
  }

  @Test
  void tl4_arrearsRunFromTheEndOfTheEmploymentOrNotAtAll() throws Exception {
    JsonNode ended =
        json(run("--ended", "2024-03-15", "--filed", "2025-03-14", "--format", "json"));
    assertThat(ended.path("deadline").asText()).isEqualTo("2025-03-15");
    assertThat(ended.path("status").asText()).isEqualTo("WITHIN");
    assertThat(cited(ended)).containsExactly("《中华人民共和国劳动争议调解仲裁法》第二十七条第四款");

    JsonNode employed = json(run("--while-employed", "--filed", "2025-03-14", "--format", "json"));
    assertThat(employed.path("status").asText()).isEqualTo("NO_LIMIT_WHILE_EMPLOYED");
    assertThat(employed.path("accrual").isNull()).isTrue();
    assertThat(employed.path("deadline").isNull()).isTrue();
  }

  @Test
  void textShowsTheDatesTheStatusAndTheQuotedArticles() {
    Run r = run("--known", "2024-03-15", "--filed", "2025-03-16");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains(
            "起算日 / accrual:        2024-03-15",
            "届满日 / last day:       2025-03-15",
            "申请日 / filed:          2025-03-16",
            "EXPIRED_IF_RAISED",
            "《中华人民共和国劳动争议调解仲裁法》第二十七条第一款：“劳动争议申请仲裁的时效期间为一年。");
  }

  @Test
  void theSameArgumentsPrintTheSameBytes() {
    String[] args = {
      "--known",
      "2024-03-15",
      "--interrupted",
      "2024-12-02:REQUEST_FOR_RELIEF",
      "--filed",
      "2025-01-10",
      "--format",
      "json"
    };
    assertThat(run(args).out()).isEqualTo(run(args).out());
  }

  @Test
  void aBadSecondInterruptionIsLocatedAtItsOption() throws Exception {
    Run r =
        run(
            "--known",
            "2024-03-15",
            "--interrupted",
            "2024-04-01:REQUEST_FOR_RELIEF",
            "--interrupted",
            "2024-13-01:REQUEST_FOR_RELIEF",
            "--interrupted",
            "2024-05-01:PRAYER",
            "--format",
            "json");
    assertThat(r.code()).isEqualTo(2);
    JsonNode vs = json(r).path("violations");
    assertThat(vs).hasSize(2);
    assertThat(vs.get(0).path("path").asText()).isEqualTo("--interrupted[1]");
    assertThat(vs.get(0).path("code").asText()).isEqualTo("INVALID_DATE");
    assertThat(vs.get(1).path("path").asText()).isEqualTo("--interrupted[2]");
    assertThat(vs.get(1).path("code").asText()).isEqualTo("UNKNOWN_CODE");
    assertThat(vs.get(1).path("messageZh").asText()).contains("REQUEST_FOR_RELIEF");
  }

  @Test
  void anEventBeforeTheAccrualIsLocatedAtItsOption() throws Exception {
    JsonNode interruption =
        json(
            run(
                "--known",
                "2024-03-15",
                "--interrupted",
                "2024-03-14:REQUEST_FOR_RELIEF",
                "--format",
                "json"));
    assertThat(interruption.path("violations").get(0).path("path").asText())
        .isEqualTo("--interrupted[0]");
    assertThat(interruption.path("violations").get(0).path("code").asText())
        .isEqualTo("BEFORE_ACCRUAL");
    JsonNode suspension =
        json(
            run(
                "--known",
                "2024-03-15",
                "--suspended",
                "2024-06-01..2024-05-01:FORCE_MAJEURE",
                "--format",
                "json"));
    assertThat(suspension.path("violations").get(0).path("path").asText())
        .isEqualTo("--suspended[0]");
    JsonNode filed =
        json(run("--known", "2024-03-15", "--filed", "2024-03-01", "--format", "json"));
    assertThat(filed.path("violations").get(0).path("path").asText()).isEqualTo("--filed");
  }

  @Test
  void theStartMustBeGivenOnce() throws Exception {
    JsonNode none = json(run("--filed", "2025-01-01", "--format", "json"));
    assertThat(none.path("violations").get(0).path("code").asText()).isEqualTo("MISSING_ARGUMENT");
    JsonNode two = json(run("--known", "2024-03-15", "--ended", "2024-03-15", "--format", "json"));
    assertThat(two.path("violations").get(0).path("path").asText()).isEqualTo("--ended");
    assertThat(two.path("violations").get(0).path("code").asText())
        .isEqualTo("CONFLICTING_ARGUMENTS");
    Run noLimit = run("--while-employed", "--interrupted", "2024-04-01:REQUEST_FOR_RELIEF");
    assertThat(noLimit.code()).isEqualTo(2);
    assertThat(noLimit.err()).contains("--interrupted[0]", "NO_LIMIT_RUNS");
  }

  @Test
  void anAccrualBeforeTheLawTookEffectIsRefusedAtItsOption() throws Exception {
    JsonNode doc = json(run("--known", "2008-04-30", "--format", "json"));
    assertThat(doc.path("violations").get(0).path("path").asText()).isEqualTo("--known");
    assertThat(doc.path("violations").get(0).path("code").asText()).isEqualTo("NOT_MODELLED");
  }

  @Test
  void markdownIsRefused() {
    Run r = run("--known", "2024-03-15", "--format", "markdown");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--format", "UNSUPPORTED_FORMAT");
  }

  @Test
  void hasHelpAndIsListed() {
    Run help = run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("Usage: laborcalc limitation", "--known", "--last-day-rule");
    assertThat(Cli.run(Cli.noPacks()).out()).contains("limitation");
  }
}
