package org.laborcalc.json;

/** Case files for the JSON tests, written by hand. */
final class Samples {
  private Samples() {}

  /** Every field of the format used once (facts chosen to pass the engine's checks). */
  static final String FULL =
      """
      {
        "$schema": "../../docs/schema/work-injury-case.schema.json",
        "case": {
          "region": "370800",
          "worker": {"birthDate": "1985-05-20", "retirementCategory": "MALE", "retirementDate": null},
          "employment": {
            "start": "2019-03-01",
            "termination": {"date": "2020-10-31", "initiatedBy": "WORKER", "labourContractLawArticle38": false},
            "noSuitableJobArranged": false
          },
          "injury": {"date": "2019-12-18", "occupationalDisease": false},
          "appraisal": {"date": "2020-08-20", "itemGrades": [9, 10], "selfCare": "PARTIAL",
                        "activitiesNeedingCare": ["EATING"]},
          "suspension": {"start": "2019-12-18", "endInclusive": "2020-06-17", "extensionConfirmed": false},
          "hospitalStays": [{"from": "2019-12-18", "toInclusive": "2020-01-05"}],
          "expenses": [
            {"item": "RE_EXAMINATION_FEE", "amount": "300.00", "description": "复查费"},
            {"item": "FOLLOW_UP_TREATMENT", "amount": "40000", "date": "2020-09-01", "description": "后续治疗费"},
            {"item": "APPRAISAL_FEE", "amount": "2800.5"}
          ],
          "insurance": {"status": "UNINSURED"},
          "alreadyPaid": [{"amount": "1000.00", "date": "2020-01-10", "description": "借支"}],
          "wage": {"monthlyWage": "6500.00", "originalWage": "6400.00"}
        },
        "options": {"asOf": "2021-01-01", "regimeRule": "INJURY_DATE", "suspensionDays": "PAY_DAYS"},
        "parameters": {
          "pack": "case-figures",
          "title": "济宁市职工月平均工资（示例）",
          "entries": [
            {"key": "wage.regionalAverageMonthly", "region": "370800", "from": "2018-01-01",
             "until": "2019-01-01", "value": "5200.00", "verification": "USER_SUPPLIED",
             "citations": [{"document": "illustrative figure"}]},
            {"key": "wage.payDaysPerMonth", "region": "370800", "from": "2008-01-01",
             "value": 21.75, "verification": "USER_SUPPLIED",
             "citations": [{"document": "illustrative figure"}]}
          ]
        }
      }
      """;

  /** The smallest valid case file. */
  static final String MINIMAL =
      """
      {"case": {
        "region": "370800",
        "worker": {},
        "employment": {"start": "2019-03-01"},
        "injury": {"date": "2019-12-18"},
        "insurance": {"status": "INSURED"},
        "wage": {"monthlyWage": "6500.00"}
      }}
      """;

  /** A death case, for the fields of {@code death}. */
  static final String DEATH =
      """
      {"case": {
        "region": "410100",
        "worker": {},
        "employment": {"start": "2020-01-01"},
        "injury": {"date": "2024-03-01"},
        "death": {"date": "2024-03-05", "dependants": [
          {"name": "配偶", "relation": "SPOUSE", "birthDate": "1986-01-01"},
          {"name": "母", "relation": "PARENT", "birthDate": "1950-01-01", "lonelyElderOrOrphan": true}
        ]},
        "insurance": {"status": "ENROLLED_AFTER_INJURY", "enrolmentDate": "2024-04-01"},
        "wage": {"monthlyWage": "6000.00"}
      }}
      """;
}
