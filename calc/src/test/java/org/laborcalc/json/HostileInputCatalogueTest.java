package org.laborcalc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.laborcalc.CalcOutcome;
import org.laborcalc.LaborCalc;
import org.laborcalc.error.Violation;

/**
 * The hostile-input catalogue (issue #8): each row breaks a valid example case file in one way and
 * names the error it must give — code and JSON path — through {@link
 * LaborCalc#workInjuryJson(byte[])}, the way integrators and the command line read files.
 *
 * <p>Every row must come back as an invalid {@link CalcOutcome}: never a result (a silent default),
 * never an exception (a stack trace), within a hang guard of {@value #SECONDS} seconds; the
 * expected violation is among those reported; every violation has a path, an upper-case code, a
 * Chinese and an English message, none of which looks like a stack trace; and the violations
 * document can be written. {@link CaseFileErrorsTest} checks the reader's own reports in more
 * detail (exactly one violation per broken field); this table checks the whole way from bytes to
 * outcome.
 */
class HostileInputCatalogueTest {
  private static final long SECONDS = 10;
  private static final LaborCalc CALC = LaborCalc.withBundledParameters();

  private static final String SEED = "seed-barite-mine-grade9";
  private static final String ZJ7 = "zhejiang-grade7-insured";
  private static final String DEATH = "death-2024-spouse-child";

  /** One hostile input and the error it must give. */
  record Row(String name, Supplier<byte[]> input, String code, String path) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<Row> ROWS = new ArrayList<>();

  private static void row(String name, String code, String path, Supplier<byte[]> input) {
    ROWS.add(new Row(name, input, code, path));
  }

  private static CaseDoc doc(String example) {
    return CaseDoc.example(example);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int i = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, i, p.length);
      i += p.length;
    }
    return out;
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  private static ObjectNode object(String json) {
    return (ObjectNode) CaseDoc.json(json);
  }

  static {
    // ---- numbers and amounts -----------------------------------------------------------------
    row(
        "a string where a grade belongs",
        "WRONG_TYPE",
        "case.appraisal.itemGrades[0]",
        () -> doc(ZJ7).set("case.appraisal.itemGrades[0]", "7").bytes());
    row(
        "the wage as a JSON number",
        "WRONG_TYPE",
        "case.wage.monthlyWage",
        () -> doc(ZJ7).setRaw("case.wage.monthlyWage", "8000.00").bytes());
    row(
        "NaN as a bare token",
        "MALFORMED_JSON",
        "",
        () -> doc(ZJ7).setRaw("case.wage.monthlyWage", "NaN").bytes());
    row(
        "NaN as an amount string",
        "INVALID_AMOUNT",
        "case.wage.monthlyWage",
        () -> doc(ZJ7).set("case.wage.monthlyWage", "NaN").bytes());
    row(
        "Infinity as a grade",
        "MALFORMED_JSON",
        "",
        () -> doc(ZJ7).setRaw("case.appraisal.itemGrades[0]", "Infinity").bytes());
    row(
        "-Infinity as an expense",
        "INVALID_AMOUNT",
        "case.expenses[0].amount",
        () -> doc(SEED).set("case.expenses[0].amount", "-Infinity").bytes());
    row(
        "1e400 as a grade",
        "WRONG_TYPE",
        "case.appraisal.itemGrades[0]",
        () -> doc(ZJ7).setRaw("case.appraisal.itemGrades[0]", "1e400").bytes());
    row(
        "1e400 as an amount string",
        "INVALID_AMOUNT",
        "case.wage.monthlyWage",
        () -> doc(ZJ7).set("case.wage.monthlyWage", "1e400").bytes());
    row(
        "1e400 as an evidence amount",
        "WRONG_TYPE",
        "case.wage.evidence[0].amount",
        () -> doc(SEED).setRaw("case.wage.evidence[0].amount", "1e400").bytes());
    row(
        "1e400 as a pack figure",
        "INVALID_PARAMETER_PACK",
        "parameters.entries[0].value",
        () -> doc(ZJ7).setRaw("parameters.entries[0].value", "1e400").bytes());
    row(
        "-0 as a grade",
        "OUT_OF_RANGE",
        "case.appraisal.itemGrades[0]",
        () -> doc(ZJ7).setRaw("case.appraisal.itemGrades[0]", "-0").bytes());
    row(
        "-0 as the wage",
        "OUT_OF_RANGE",
        "case.wage.monthlyWage",
        () -> doc(ZJ7).set("case.wage.monthlyWage", "-0").bytes());
    row(
        "-0.00 as an expense",
        "OUT_OF_RANGE",
        "case.expenses[1].amount",
        () -> doc(SEED).set("case.expenses[1].amount", "-0.00").bytes());
    row(
        "fifteen decimals in the wage",
        "INVALID_AMOUNT",
        "case.wage.monthlyWage",
        () -> doc(ZJ7).set("case.wage.monthlyWage", "8000.123456789012345").bytes());
    row(
        "fifteen zero decimals in an evidence amount",
        "MALFORMED_AMOUNT",
        "case.wage.evidence[1].amount",
        () -> doc(SEED).set("case.wage.evidence[1].amount", "6500.000000000000000").bytes());
    row(
        "fifteen decimals in a pack figure",
        "INVALID_PARAMETER_PACK",
        "parameters.entries[0].value",
        () -> doc(ZJ7).set("parameters.entries[0].value", "7500.123456789012345").bytes());
    row(
        "a wage of 10^12",
        "OUT_OF_RANGE",
        "case.wage.monthlyWage",
        () -> doc(ZJ7).set("case.wage.monthlyWage", "1000000000000.00").bytes());
    row(
        "an original wage of 10^12",
        "OUT_OF_RANGE",
        "case.wage.originalWage",
        () -> doc(ZJ7).set("case.wage.originalWage", "1000000000000.00").bytes());
    row(
        "a wage of 10^13",
        "INVALID_AMOUNT",
        "case.wage.monthlyWage",
        () -> doc(ZJ7).set("case.wage.monthlyWage", "10000000000000.00").bytes());
    row(
        "an evidence amount of 10^12",
        "IMPLAUSIBLE",
        "case.wage.evidence[1].amount",
        () -> doc(SEED).set("case.wage.evidence[1].amount", "1000000000000.00").bytes());
    row(
        "an expense of 10^12",
        "OUT_OF_RANGE",
        "case.expenses[1].amount",
        () -> doc(SEED).set("case.expenses[1].amount", "1000000000000.00").bytes());
    row(
        "a pack average wage of 10^12",
        "INVALID_PARAMETER_PACK",
        "parameters.entries[0].value",
        () -> doc(ZJ7).set("parameters.entries[0].value", "1000000000000.00").bytes());
    row(
        "a negative wage",
        "OUT_OF_RANGE",
        "case.wage.monthlyWage",
        () -> doc(ZJ7).set("case.wage.monthlyWage", "-8000.00").bytes());
    row(
        "a negative expense",
        "OUT_OF_RANGE",
        "case.expenses[0].amount",
        () -> doc(SEED).set("case.expenses[0].amount", "-300.00").bytes());
    row(
        "a negative evidence amount",
        "NEGATIVE",
        "case.wage.evidence[1].amount",
        () -> doc(SEED).set("case.wage.evidence[1].amount", "-6500.00").bytes());
    row(
        "a negative amount already paid",
        "OUT_OF_RANGE",
        "case.alreadyPaid[0].amount",
        () ->
            doc(ZJ7).set("case.alreadyPaid", CaseDoc.json("[{\"amount\": \"-500.00\"}]")).bytes());
    row(
        "a negative pack figure",
        "INVALID_PARAMETER_PACK",
        "parameters.entries[0].value",
        () -> doc(ZJ7).set("parameters.entries[0].value", "-7500.00").bytes());
    row(
        "a grade that wraps around an int to 7",
        "OUT_OF_RANGE",
        "case.appraisal.itemGrades[0]",
        () -> doc(ZJ7).set("case.appraisal.itemGrades[0]", 4_294_967_303L).bytes());
    row(
        "a grade written 7.0",
        "WRONG_TYPE",
        "case.appraisal.itemGrades[0]",
        () -> doc(ZJ7).setRaw("case.appraisal.itemGrades[0]", "7.0").bytes());

    // ---- grades ------------------------------------------------------------------------------
    row(
        "grade 0",
        "OUT_OF_RANGE",
        "case.appraisal.itemGrades[0]",
        () -> doc(ZJ7).set("case.appraisal.itemGrades[0]", 0).bytes());
    row(
        "grade 11",
        "OUT_OF_RANGE",
        "case.appraisal.itemGrades[0]",
        () -> doc(ZJ7).set("case.appraisal.itemGrades[0]", 11).bytes());
    row(
        "grade -1",
        "OUT_OF_RANGE",
        "case.appraisal.itemGrades[0]",
        () -> doc(ZJ7).set("case.appraisal.itemGrades[0]", -1).bytes());
    row(
        "an appraisal without any grade",
        "REQUIRED",
        "case.appraisal.itemGrades",
        () -> doc(ZJ7).set("case.appraisal.itemGrades", CaseDoc.json("[]")).bytes());

    // ---- dates -------------------------------------------------------------------------------
    row(
        "an injury before 1949",
        "OUT_OF_RANGE",
        "case.injury.date",
        () ->
            doc(ZJ7)
                .set("case.employment.start", "1940-01-01")
                .set("case.injury.date", "1948-12-31")
                .bytes());
    row(
        "an injury after 2100",
        "OUT_OF_RANGE",
        "case.injury.date",
        () -> doc(ZJ7).set("case.injury.date", "2101-01-01").bytes());
    row(
        "a termination in year 0",
        "OUT_OF_RANGE",
        "case.employment.termination.date",
        () -> doc(ZJ7).set("case.employment.termination.date", "0000-01-01").bytes());
    row(
        "an as-of date in year 9999",
        "OUT_OF_RANGE",
        "options.asOf",
        () -> doc(ZJ7).set("options.asOf", "9999-12-31").bytes());
    row(
        "February 30",
        "INVALID_DATE",
        "case.injury.date",
        () -> doc(ZJ7).set("case.injury.date", "2023-02-30").bytes());
    row(
        "a date with a time",
        "INVALID_DATE",
        "case.injury.date",
        () -> doc(ZJ7).set("case.injury.date", "2023-05-10T08:00:00").bytes());
    row(
        "a date with a year of five digits",
        "INVALID_DATE",
        "case.appraisal.date",
        () -> doc(ZJ7).set("case.appraisal.date", "+12023-11-01").bytes());
    row(
        "an injury before the employment start",
        "DATE_ORDER",
        "case.injury.date",
        () -> doc(ZJ7).set("case.employment.start", "2023-06-01").bytes());
    row(
        "a termination before the injury",
        "DATE_ORDER",
        "case.employment.termination.date",
        () -> doc(ZJ7).set("case.employment.termination.date", "2023-05-09").bytes());
    row(
        "a paid suspension ending before it starts",
        "DATE_ORDER",
        "case.suspension.endInclusive",
        () -> doc(SEED).set("case.suspension.endInclusive", "2019-12-01").bytes());
    row(
        "a paid suspension starting before the injury",
        "DATE_ORDER",
        "case.suspension.start",
        () -> doc(SEED).set("case.suspension.start", "2019-12-01").bytes());
    row(
        "30 months of paid suspension without a confirmed extension",
        "OUT_OF_RANGE",
        "case.suspension.endInclusive",
        () -> doc(SEED).set("case.suspension.endInclusive", "2022-06-17").bytes());
    row(
        "30 months of paid suspension with a confirmed extension",
        "OUT_OF_RANGE",
        "case.suspension.endInclusive",
        () ->
            doc(SEED)
                .set("case.suspension.endInclusive", "2022-06-17")
                .set("case.suspension.extensionConfirmed", true)
                .bytes());
    row(
        "24 months and a day of paid suspension with a confirmed extension",
        "OUT_OF_RANGE",
        "case.suspension.endInclusive",
        () ->
            doc(SEED)
                .set("case.suspension.endInclusive", "2021-12-18")
                .set("case.suspension.extensionConfirmed", true)
                .bytes());
    row(
        "a death before the injury",
        "DATE_ORDER",
        "case.death.date",
        () -> doc(DEATH).set("case.death.date", "2024-02-29").bytes());
    row(
        "a dependant older than 150",
        "OUT_OF_RANGE",
        "case.death.dependants[0].birthDate",
        () -> doc(DEATH).set("case.death.dependants[0].birthDate", "1870-01-01").bytes());
    row(
        "a dependant born years after the death",
        "DATE_ORDER",
        "case.death.dependants[1].birthDate",
        () -> doc(DEATH).set("case.death.dependants[1].birthDate", "2030-01-01").bytes());
    row(
        "an appraisal before the injury",
        "DATE_ORDER",
        "case.appraisal.date",
        () -> doc(ZJ7).set("case.appraisal.date", "2023-05-01").bytes());
    row(
        "an as-of date before the injury",
        "DATE_ORDER",
        "options.asOf",
        () -> doc(ZJ7).set("options.asOf", "2023-01-01").bytes());
    row(
        "a worker born in 1890",
        "OUT_OF_RANGE",
        "case.worker.birthDate",
        () -> doc(ZJ7).set("case.worker.birthDate", "1890-01-01").bytes());
    row(
        "a worker aged 13 at the injury",
        "UNSUPPORTED",
        "case.worker.birthDate",
        () -> doc(ZJ7).set("case.worker.birthDate", "2010-01-01").bytes());
    row(
        "an evidence month after the injury",
        "AFTER_INJURY",
        "case.wage.evidence[0].month",
        () ->
            doc(SEED)
                .set("case.wage.evidence[0].month", "2020-01")
                .set("case.wage.evidence[0].through", "2020-02")
                .bytes());
    row(
        "an evidence month in year 999999999",
        "MALFORMED_MONTH",
        "case.wage.evidence[0].through",
        () -> doc(SEED).set("case.wage.evidence[0].through", "+999999999-12").bytes());
    row(
        "evidence through a month before its first",
        "BEFORE_MONTH",
        "case.wage.evidence[0].through",
        () -> doc(SEED).set("case.wage.evidence[0].through", "2019-01").bytes());

    // ---- missing, unknown and repeated fields ------------------------------------------------
    row("no case at all", "REQUIRED", "case", () -> doc(ZJ7).remove("case").bytes());
    row("no region", "REQUIRED", "case.region", () -> doc(ZJ7).remove("case.region").bytes());
    row(
        "no injury date",
        "REQUIRED",
        "case.injury.date",
        () -> doc(ZJ7).remove("case.injury.date").bytes());
    row(
        "no employment start",
        "REQUIRED",
        "case.employment.start",
        () -> doc(ZJ7).remove("case.employment.start").bytes());
    row(
        "no insurance",
        "REQUIRED",
        "case.insurance",
        () -> doc(ZJ7).remove("case.insurance").bytes());
    row(
        "neither a wage nor evidence",
        "REQUIRED",
        "case.wage.monthlyWage",
        () -> doc(ZJ7).remove("case.wage.monthlyWage").bytes());
    row(
        "an evidence item without a kind",
        "REQUIRED",
        "case.wage.evidence[0].kind",
        () -> doc(SEED).remove("case.wage.evidence[0].kind").bytes());
    row(
        "a dependant without a relation",
        "REQUIRED",
        "case.death.dependants[0].relation",
        () -> doc(DEATH).remove("case.death.dependants[0].relation").bytes());
    row(
        "a dependant whose name is blank",
        "REQUIRED",
        "case.death.dependants[0].name",
        () -> doc(DEATH).set("case.death.dependants[0].name", "  ").bytes());
    row(
        "an unknown field in the injury",
        "UNKNOWN_FIELD",
        "case.injury.dat",
        () -> doc(ZJ7).set("case.injury.dat", "2023-05-10").bytes());
    row(
        "case misspelt at the top",
        "UNKNOWN_FIELD",
        "Case",
        () -> doc(ZJ7).set("Case", doc(ZJ7).get("case")).remove("case").bytes());
    row(
        "an unknown field in an evidence item",
        "UNKNOWN_FIELD",
        "case.wage.evidence[0].amout",
        () -> doc(SEED).set("case.wage.evidence[0].amout", "1.00").bytes());
    row(
        "an unknown option",
        "UNKNOWN_FIELD",
        "options.asof",
        () -> doc(ZJ7).set("options.asof", "2024-01-01").bytes());
    row(
        "a duplicate region",
        "DUPLICATE_KEY",
        "case.region",
        () ->
            doc(ZJ7)
                .replacingFirst(
                    "\"region\" : \"330100\"", "\"region\" : \"330100\", \"region\" : \"110100\""));
    row(
        "a duplicate case",
        "DUPLICATE_KEY",
        "case",
        () -> doc(ZJ7).replacingFirst("\"case\" : {", "\"case\" : 1, \"case\" : {"));
    row(
        "a duplicate evidence kind",
        "DUPLICATE_KEY",
        "case.wage.evidence[0].kind",
        () ->
            doc(SEED)
                .replacingFirst(
                    "\"kind\" : \"PAYROLL\"",
                    "\"kind\" : \"PAYROLL\", \"kind\" : \"BANK_STATEMENT\""));
    row(
        "a duplicate pack value",
        "DUPLICATE_KEY",
        "parameters.entries[0].value",
        () ->
            doc(ZJ7)
                .replacingFirst(
                    "\"value\" : \"7500.00\"", "\"value\" : \"7500.00\", \"value\" : \"1.00\""));

    // ---- size and shape ----------------------------------------------------------------------
    row(
        "1,000 levels of nesting",
        "LIMIT_EXCEEDED",
        "",
        () -> utf8("{\"case\": " + "[".repeat(1000) + "]".repeat(1000) + "}"));
    row(
        "1,000 levels of objects in an unknown field",
        "LIMIT_EXCEEDED",
        "",
        () ->
            doc(ZJ7)
                .replacingFirst(
                    "\"region\" :",
                    "\"x\": "
                        + "{\"a\": ".repeat(1000)
                        + "1"
                        + "}".repeat(1000)
                        + ", \"region\" :"));
    row(
        "a 10 MB string",
        "TOO_LARGE",
        "",
        () -> doc(SEED).set("case.expenses[0].description", "工".repeat(3_500_000)).bytes());
    row(
        "a string of 200,000 characters",
        "LIMIT_EXCEEDED",
        "",
        () -> doc(SEED).set("case.expenses[0].description", "x".repeat(200_000)).bytes());
    row(
        "a million evidence items",
        "TOO_LARGE",
        "",
        () -> doc(SEED).setRaw("case.wage.evidence", "[" + "{},".repeat(999_999) + "{}]").bytes());
    row(
        "5,001 evidence items",
        "TOO_MANY",
        "case.wage.evidence",
        () -> {
          ArrayNode a = JsonNodeFactory.instance.arrayNode();
          for (int i = 0; i < 5001; i++) {
            a.add(
                object(
                    "{\"kind\": \"BANK_STATEMENT\", \"month\": \"2019-05\", \"amount\": \"1.00\"}"));
          }
          return doc(SEED).set("case.wage.evidence", a).bytes();
        });
    row(
        "100,000 unknown fields",
        "UNKNOWN_FIELD",
        "case.injury.f0",
        () -> {
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < 100_000; i++) {
            sb.append("\"f").append(i).append("\": 0, ");
          }
          return doc(ZJ7)
              .replacingFirst("\"date\" : \"2023-05-10\"", sb + "\"date\" : \"2023-05-10\"");
        });
    row(
        "100,000 unknown fields are counted, not listed",
        "TOO_MANY_PROBLEMS",
        "",
        () -> {
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < 100_000; i++) {
            sb.append("\"g").append(i).append("\": 0, ");
          }
          return doc(ZJ7).replacingFirst("\"region\" :", sb + "\"region\" :");
        });
    row("an empty file", "EMPTY_DOCUMENT", "", () -> new byte[0]);
    row("only white space", "EMPTY_DOCUMENT", "", () -> utf8(" \r\n\t "));
    row("a top-level array", "NOT_AN_OBJECT", "", () -> utf8("[" + doc(ZJ7).text() + "]"));
    row("a top-level number", "NOT_AN_OBJECT", "", () -> utf8("42"));
    row("a top-level null", "NOT_AN_OBJECT", "", () -> utf8("null"));
    row(
        "two documents in one file",
        "MALFORMED_JSON",
        "",
        () -> utf8(doc(ZJ7).text() + doc(ZJ7).text()));
    row(
        "a truncated file",
        "MALFORMED_JSON",
        "",
        () -> {
          String t = doc(ZJ7).text();
          return utf8(t.substring(0, t.indexOf("\"appraisal\"")));
        });
    row(
        "a raw control character in a string",
        "MALFORMED_JSON",
        "",
        () -> doc(ZJ7).replacingFirst("\"330100\"", "\"330\u0000100\""));
    row(
        "a number of 31 digits",
        "LIMIT_EXCEEDED",
        "",
        () -> doc(ZJ7).setRaw("case.appraisal.itemGrades[0]", "1".repeat(31)).bytes());
    row(
        "a case that is an array",
        "WRONG_TYPE",
        "case",
        () -> doc(ZJ7).set("case", CaseDoc.json("[]")).bytes());
    row(
        "an evidence list that is an object",
        "WRONG_TYPE",
        "case.wage.evidence",
        () -> doc(SEED).set("case.wage.evidence", CaseDoc.json("{}")).bytes());

    row(
        "20,000 copies of one hospital stay",
        "OVERLAP",
        "case.hospitalStays[1]",
        () -> {
          ArrayNode a = JsonNodeFactory.instance.arrayNode();
          for (int i = 0; i < 20_000; i++) {
            a.add(object("{\"from\": \"2019-12-18\", \"toInclusive\": \"2020-01-05\"}"));
          }
          return doc(SEED).set("case.hospitalStays", a).bytes();
        });
    row(
        "20,000 hospital stays after 2100 are counted, not listed",
        "TOO_MANY_PROBLEMS",
        "",
        () -> {
          ArrayNode a = JsonNodeFactory.instance.arrayNode();
          java.time.LocalDate d = java.time.LocalDate.of(2101, 1, 1);
          for (int i = 0; i < 20_000; i++, d = d.plusDays(2)) {
            a.addObject().put("from", d.toString()).put("toInclusive", d.toString());
          }
          return doc(SEED).set("case.hospitalStays", a).bytes();
        });
    row(
        "a hospital stay until 9999",
        "OUT_OF_RANGE",
        "case.hospitalStays[0]",
        () ->
            doc(SEED)
                .set(
                    "case.hospitalStays",
                    CaseDoc.json("[{\"from\": \"2019-12-18\", \"toInclusive\": \"9999-12-31\"}]"))
                .bytes());
    row(
        "expenses adding up to more than a billion",
        "OUT_OF_RANGE",
        "case.expenses",
        () ->
            doc(SEED)
                .set("case.expenses[0].amount", "600000000.00")
                .set("case.expenses[1].amount", "600000000.00")
                .bytes());
    row(
        "5,000 bank deposits of ten million in one month",
        "IMPLAUSIBLE",
        "case.wage.evidence",
        () -> {
          ArrayNode a = JsonNodeFactory.instance.arrayNode();
          for (int i = 0; i < 5_000; i++) {
            a.add(
                object(
                    "{\"kind\": \"BANK_STATEMENT\", \"month\": \"2019-05\", \"amount\":"
                        + " \"10000000.00\"}"));
          }
          return doc(SEED).set("case.wage.evidence", a).bytes();
        });

    row(
        "a deduction rate of 0.99999999 grossing up net pay",
        "IMPLAUSIBLE",
        "case.wage.evidence",
        () ->
            doc(SEED)
                .set(
                    "case.wage.options",
                    CaseDoc.json(
                        "{\"grossUp\": \"DIVIDE_BY_NET_SHARE\", \"grossUpDeductionRate\":"
                            + " {\"value\": \"0.99999999\", \"description\": \"typo\"}}"))
                .bytes());

    // ---- codes -------------------------------------------------------------------------------
    row(
        "an unknown region code",
        "UNKNOWN_REGION",
        "case.region",
        () -> doc(ZJ7).set("case.region", "999999").bytes());
    row(
        "a region code with a letter",
        "UNKNOWN_REGION",
        "case.region",
        () -> doc(ZJ7).set("case.region", "33010O").bytes());
    row(
        "a region code as a number",
        "WRONG_TYPE",
        "case.region",
        () -> doc(ZJ7).set("case.region", 330100).bytes());
    row(
        "an insurance status in lower case",
        "INVALID_VALUE",
        "case.insurance.status",
        () -> doc(ZJ7).set("case.insurance.status", "insured").bytes());
    row(
        "an unknown evidence kind",
        "UNKNOWN_KIND",
        "case.wage.evidence[0].kind",
        () -> doc(SEED).set("case.wage.evidence[0].kind", "PAYSLIP_PHOTO").bytes());
    row(
        "a computed item entered as an expense",
        "NOT_AN_EXPENSE",
        "case.expenses[0].item",
        () -> doc(SEED).set("case.expenses[0].item", "ONE_TIME_DISABILITY_SUBSIDY").bytes());

    // ---- law not in force, parameter packs ---------------------------------------------------
    row(
        "pack entries with overlapping ranges",
        "INVALID_PARAMETER_PACK",
        "parameters.entries[2]",
        () -> {
          // The same year twice (a yearly figure covers exactly its calendar year).
          CaseDoc d = doc(ZJ7);
          ObjectNode copy = ((ObjectNode) d.get("parameters.entries[0]")).deepCopy();
          return d.set("parameters.entries[2]", copy).bytes();
        });
    row(
        "a yearly figure without until, which would stand for the next years too",
        "INVALID_PARAMETER_PACK",
        "parameters.entries[0].until",
        () -> doc(ZJ7).remove("parameters.entries[0].until").bytes());
    row(
        "a yearly figure over two years",
        "INVALID_PARAMETER_PACK",
        "parameters.entries[0].until",
        () -> doc(ZJ7).set("parameters.entries[0].until", "2024-01-01").bytes());
    row(
        "a yearly figure from the middle of a year",
        "INVALID_PARAMETER_PACK",
        "parameters.entries[0].from",
        () -> doc(ZJ7).set("parameters.entries[0].from", "2022-06-01").bytes());
    row(
        "a pack entry without citations",
        "INVALID_PARAMETER_PACK",
        "parameters.entries[0].citations",
        () -> doc(ZJ7).remove("parameters.entries[0].citations").bytes());
    row(
        "a pack entry with an empty citation list",
        "INVALID_PARAMETER_PACK",
        "parameters.entries[0].citations",
        () -> doc(ZJ7).set("parameters.entries[0].citations", CaseDoc.json("[]")).bytes());
    row(
        "a pack figure claimed PRIMARY citing an unregistered document",
        "INVALID_PARAMETER_PACK",
        "parameters.entries[0].citations[0].document",
        () -> doc(ZJ7).set("parameters.entries[0].verification", "PRIMARY").bytes());
    row(
        "a pack entry ending before it starts",
        "INVALID_PARAMETER_PACK",
        "parameters.entries[0].until",
        () -> doc(ZJ7).set("parameters.entries[0].until", "2021-01-01").bytes());
    row(
        "a pack entry for an unknown region",
        "INVALID_PARAMETER_PACK",
        "parameters.entries[0].region",
        () -> doc(ZJ7).set("parameters.entries[0].region", "999999").bytes());
    row(
        "a pack that is an array",
        "INVALID_PARAMETER_PACK",
        "parameters",
        () -> doc(ZJ7).set("parameters", CaseDoc.json("[]")).bytes());

    // ---- evidence and dependants -------------------------------------------------------------
    row(
        "two contradictory payroll records for one month",
        "CONTRADICTORY",
        "case.wage.evidence[2].amount",
        () ->
            doc(SEED)
                .set(
                    "case.wage.evidence[2]",
                    object(
                        "{\"kind\": \"PAYROLL\", \"month\": \"2019-05\", \"amount\": \"4000.00\"}"))
                .bytes());
    row(
        "only the worker's own statement of the wage",
        "INSUFFICIENT_EVIDENCE",
        "case.wage.evidence",
        () ->
            doc(SEED)
                .set(
                    "case.wage.evidence",
                    CaseDoc.json(
                        "[{\"kind\": \"WORKER_STATEMENT\", \"month\": \"2019-03\","
                            + " \"through\": \"2019-11\", \"amount\": \"9000.00\"}]"))
                .bytes());
    row(
        "a dependant related as WIFE",
        "INVALID_VALUE",
        "case.death.dependants[0].relation",
        () -> doc(DEATH).set("case.death.dependants[0].relation", "WIFE").bytes());
    row(
        "a dependant relation as a number",
        "WRONG_TYPE",
        "case.death.dependants[0].relation",
        () -> doc(DEATH).set("case.death.dependants[0].relation", 1).bytes());
    row(
        "two spouses",
        "DUPLICATE_VALUE",
        "case.death.dependants[1].relation",
        () -> doc(DEATH).set("case.death.dependants[1].relation", "SPOUSE").bytes());
    row(
        "a parent younger than the deceased",
        "DATE_ORDER",
        "case.death.dependants[1].birthDate",
        () -> doc(DEATH).set("case.death.dependants[1].relation", "PARENT").bytes());
    row(
        "a child older than the deceased",
        "DATE_ORDER",
        "case.death.dependants[0].birthDate",
        () ->
            doc(DEATH)
                .set("case.death.dependants[0].relation", "CHILD")
                .set("case.death.dependants[0].birthDate", "1960-01-01")
                .bytes());

    // ---- encodings ---------------------------------------------------------------------------
    row(
        "a UTF-8 byte-order mark before an unknown region",
        "UNKNOWN_REGION",
        "case.region",
        () -> concat(bytes(0xEF, 0xBB, 0xBF), doc(ZJ7).set("case.region", "999999").bytes()));
    row(
        "two UTF-8 byte-order marks",
        "MALFORMED_JSON",
        "",
        () -> concat(bytes(0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF), doc(ZJ7).bytes()));
    row(
        "666,666 UTF-8 byte-order marks",
        "MALFORMED_JSON",
        "",
        () -> {
          byte[] b = new byte[666_666 * 3];
          for (int i = 0; i < b.length; i += 3) {
            b[i] = (byte) 0xEF;
            b[i + 1] = (byte) 0xBB;
            b[i + 2] = (byte) 0xBF;
          }
          return b;
        });
    row(
        "UTF-16 with a byte-order mark",
        "NOT_UTF8",
        "",
        () -> concat(bytes(0xFF, 0xFE), doc(ZJ7).text().getBytes(StandardCharsets.UTF_16LE)));
    row(
        "UTF-16 without a byte-order mark",
        "NOT_UTF8",
        "",
        () -> doc(ZJ7).text().getBytes(StandardCharsets.UTF_16BE));
    row("GBK bytes", "INVALID_UTF8", "", () -> doc(SEED).text().getBytes(Charset.forName("GBK")));
    row(
        "a lone continuation byte",
        "INVALID_UTF8",
        "",
        () -> concat(utf8("{\"case\": \""), bytes(0x80), utf8("\"}")));
    row(
        "an overlong encoding of '/'",
        "INVALID_UTF8",
        "",
        () -> concat(utf8("{\"case\": \""), bytes(0xC0, 0xAF), utf8("\"}")));
    row(
        "a surrogate encoded in UTF-8",
        "INVALID_UTF8",
        "",
        () -> concat(utf8("{\"case\": \""), bytes(0xED, 0xA0, 0x80), utf8("\"}")));
    row(
        "a multi-byte sequence cut at the end",
        "INVALID_UTF8",
        "",
        () -> concat(doc(ZJ7).bytes(), bytes(0xE4, 0xB8)));
    row(
        "a lone surrogate escaped in a field name",
        "INVALID_VALUE",
        "case.injury.\uFFFD",
        () ->
            doc(ZJ7)
                .replacingFirst(
                    "\"date\" : \"2023-05-10\"", "\"\\udc00\": 1, \"date\" : \"2023-05-10\""));
    row(
        "a lone surrogate escaped in a description",
        "INVALID_VALUE",
        "case.expenses[0].description",
        () -> doc(SEED).replacingFirst("\"复查费\"", "\"\\ud800复查费\""));
  }

  static List<Row> catalogue() {
    return ROWS;
  }

  @Test
  void theCatalogueHasAtLeastSixtyDistinctRows() {
    Set<String> names = new HashSet<>();
    for (Row r : ROWS) {
      assertThat(names.add(r.name())).as("row names are unique: " + r.name()).isTrue();
    }
    assertThat(ROWS).hasSizeGreaterThanOrEqualTo(60);
  }

  @Test
  void aUtf8ByteOrderMarkIsAcceptedAndChangesNothing() {
    for (String name : CaseDoc.exampleNames()) {
      byte[] plain = CaseDoc.exampleBytes(name);
      byte[] marked = concat(bytes(0xEF, 0xBB, 0xBF), plain);

      assertThat(CALC.toJson(CALC.workInjuryJson(marked)))
          .as(name)
          .isEqualTo(CALC.toJson(CALC.workInjuryJson(plain)))
          .startsWith("{\n  \"format\": \"laborcalc.work-injury-result/1\"");
    }
  }

  @Test
  void twoMillionByteOrderMarksGivenAsTextAreMalformedNotAStackOverflow() {
    String text = "\uFEFF".repeat(1_999_999) + doc(ZJ7).text();

    CalcOutcome o =
        assertTimeoutPreemptively(
            Duration.ofSeconds(SECONDS), () -> CALC.workInjuryJson(text.substring(0, 2_000_000)));

    assertThat(o.violations()).extracting(Violation::code).containsExactly("MALFORMED_JSON");
  }

  /**
   * Law not in force: an injury or a death in 1995, before the 2004 Regulation, has no bundled
   * figure. No line is computed on a guess (no zero amounts); the result is incomplete and names
   * the national figures it would need, each with its date.
   */
  @Test
  void aCaseBeforeThe2004RegulationListsTheFiguresItLacksAndComputesNothing() {
    CalcOutcome injury =
        CALC.workInjuryJson(
            doc(ZJ7)
                .set("case.worker.birthDate", "1960-04-02")
                .set("case.employment.start", "1990-01-01")
                .set("case.injury.date", "1995-05-10")
                .set("case.appraisal.date", "1995-11-01")
                .set("case.employment.termination.date", "1996-03-31")
                .bytes());
    CalcOutcome death =
        CALC.workInjuryJson(
            doc(DEATH)
                .set("case.worker.birthDate", "1960-05-20")
                .set("case.employment.start", "1990-01-01")
                .set("case.injury.date", "1995-03-01")
                .set("case.death.date", "1995-03-05")
                .set("case.death.dependants[0].birthDate", "1962-01-01")
                .set("case.death.dependants[1].birthDate", "1990-01-01")
                .bytes());

    for (CalcOutcome o : List.of(injury, death)) {
      assertThat(o.isValid()).isTrue();
      assertThat(o.isComplete()).isFalse();
      assertThat(o.result().lines()).isEmpty();
      assertThat(o.result().missing())
          .extracting(m -> m.key().name())
          .contains("wage.ownWage.floorPercent", "wage.ownWage.capPercent");
      assertThat(CALC.toJson(o)).contains("\"missing\": [", "\"complete\": false");
    }
    assertThat(injury.result().missing())
        .extracting(m -> m.key().name())
        .contains("injury.disabilitySubsidy.months");
    assertThat(death.result().missing())
        .extracting(m -> m.key().name())
        .contains("death.funeral.months");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void isRefusedWithALocatedErrorInBothLanguages(Row row) {
    byte[] input = row.input().get();

    CalcOutcome outcome =
        assertTimeoutPreemptively(
            Duration.ofSeconds(SECONDS), () -> CALC.workInjuryJson(input), row.name());
    String document =
        assertTimeoutPreemptively(Duration.ofSeconds(SECONDS), () -> CALC.toJson(outcome));

    assertThat(outcome.isValid()).as("a result for a hostile input").isFalse();
    assertThat(outcome.violations())
        .as("the violations")
        .anySatisfy(
            v -> {
              assertThat(v.code()).isEqualTo(row.code());
              assertThat(v.path()).isEqualTo(row.path());
            });
    OutcomeChecks.isExplained(outcome);
    assertThat(document).startsWith("{\n  \"format\": \"laborcalc.violations/1\"");
  }
}
