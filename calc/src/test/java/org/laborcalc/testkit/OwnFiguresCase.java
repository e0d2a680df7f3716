package org.laborcalc.testkit;

/**
 * A case file that carries every figure it needs (the national figures of 《工伤保险条例》 supplied as a
 * caller would), so that the facade and the CLI compute it without the bundled packs.
 */
public final class OwnFiguresCase {
  private OwnFiguresCase() {}

  /** One entry of a parameters document; {@code value} is JSON (a string, number or table). */
  public static String entry(String key, String region, String from, String until, String value) {
    return "{\"key\": \""
        + key
        + "\", \"region\": \""
        + region
        + "\", \"from\": \""
        + from
        + "\", "
        + (until == null ? "" : "\"until\": \"" + until + "\", ")
        + "\"value\": "
        + value
        + ", \"verification\": \"USER_SUPPLIED\", \"citations\": [{\"document\": \"test figure\"}]}";
  }

  /** The pack of national figures used by {@link #INSURED_GRADE_9}. */
  public static final String NATIONAL_PACK =
      "{\"pack\": \"test-figures\", \"title\": \"test\", \"entries\": ["
          + String.join(
              ",\n",
              entry(
                  "wage.regionalAverageMonthly",
                  "370800",
                  "2018-01-01",
                  "2019-01-01",
                  "\"5200.00\""),
              entry("wage.ownWage.floorPercent", "000000", "2004-01-01", null, "60"),
              entry("wage.ownWage.capPercent", "000000", "2004-01-01", null, "300"),
              entry(
                  "injury.disabilitySubsidy.months",
                  "000000",
                  "2011-01-01",
                  null,
                  "{\"1\": 27, \"2\": 25, \"3\": 23, \"4\": 21, \"5\": 18, \"6\": 16, \"7\": 13,"
                      + " \"8\": 11, \"9\": 9, \"10\": 7}"),
              entry("injury.suspension.normalMaxMonths", "000000", "2004-01-01", null, "12"),
              entry("injury.suspension.extensionMaxMonths", "000000", "2004-01-01", null, "12"),
              entry("wage.payDaysPerMonth", "000000", "2008-01-01", null, "21.75"))
          + "]}";

  /**
   * Jining, insured, grade 9, paid suspension 2019-12-18 to 2020-06-17, employment continuing.
   *
   * <pre>
   * 本人工资: 60% × 5,200 = 3,120 ≤ 6,500 ≤ 300% × 5,200 = 15,600 → 6,500.00 (art. 64)
   * 一次性伤残补助金 9 × 6,500 = 58,500.00, fund (art. 37 ¶1 (1))
   * 停工留薪期 exactly 6 months: 6 × 6,500 = 39,000.00, employer (art. 33)
   * </pre>
   */
  public static final String INSURED_GRADE_9 =
      """
      {
        "case": {
          "region": "370800",
          "worker": {"birthDate": "1985-05-20", "retirementCategory": "MALE"},
          "employment": {"start": "2019-03-01"},
          "injury": {"date": "2019-12-18"},
          "appraisal": {"date": "2020-08-20", "itemGrades": [9], "selfCare": "NONE"},
          "suspension": {"start": "2019-12-18", "endInclusive": "2020-06-17"},
          "insurance": {"status": "INSURED"},
          "wage": {"monthlyWage": "6500.00"}
        },
        "parameters":
      """
          + NATIONAL_PACK
          + "}";

  /** The same case without figures (to be supplied by --params). */
  public static final String INSURED_GRADE_9_WITHOUT_FIGURES =
      INSURED_GRADE_9.substring(0, INSURED_GRADE_9.indexOf(",\n  \"parameters\"")) + "\n}\n";
}
