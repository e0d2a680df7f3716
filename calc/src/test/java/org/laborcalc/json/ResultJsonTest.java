package org.laborcalc.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.BenefitLine;
import org.laborcalc.injury.CalculationOptions;
import org.laborcalc.injury.Notice;
import org.laborcalc.injury.OwnWage;
import org.laborcalc.injury.Regime;
import org.laborcalc.injury.Totals;
import org.laborcalc.injury.WorkInjuryResult;
import org.laborcalc.injury.grade.CombinedGrade;
import org.laborcalc.injury.grade.DisabilityGrade;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instruments;
import org.laborcalc.law.Verification;
import org.laborcalc.money.Money;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.Note;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Party;
import org.laborcalc.result.Share;
import org.laborcalc.wage.ClampResult;

/**
 * The result contract of docs/RESULT-JSON.md on a result built by hand (no parameters needed): the
 * exact document, and the same bytes every time.
 */
class ResultJsonTest {

  private static Money m(String s) {
    return Money.parse(s);
  }

  static WorkInjuryResult sample() {
    Citation art37 = Citation.of(Instruments.WORK_INJURY_REGULATION_2010, 37, 1, 1);
    Citation art64 = Citation.of(Instruments.WORK_INJURY_REGULATION_2010, 64, 2);
    ParameterUse months =
        new ParameterUse(
            "injury.disabilitySubsidy.months",
            "9",
            "000000",
            "2011-01-01/..",
            "cn-national-work-injury",
            Verification.PRIMARY,
            List.of(art37));
    BenefitLine subsidy =
        new BenefitLine(
            BenefitItem.ONE_TIME_DISABILITY_SUBSIDY,
            m("58500.00"),
            null,
            null,
            null,
            Share.whole(Party.FUND, List.of()),
            Formula.of(Expr.times(Expr.number(9), Expr.money(m("6500.00")))),
            null,
            "九级伤残，9个月本人工资",
            List.of(months),
            List.of(art37),
            null);
    BenefitLine allowance =
        new BenefitLine(
            BenefitItem.DISABILITY_ALLOWANCE,
            null,
            m("2690.00"),
            LocalDate.of(2024, 3, 2),
            m("2690.00"),
            Share.whole(Party.EMPLOYER, List.of()),
            Formula.of(Expr.times(Expr.percent(new BigDecimal("85")), Expr.money(m("3000.00"))))
                .atLeast(m("2690.00"), new Note("最低工资标准", "minimum wage")),
            null,
            "不低于最低工资",
            List.of(),
            List.of(Citation.of(Instruments.WORK_INJURY_REGULATION_2010, 35, 1, 2)),
            "每月");
    OwnWage wage =
        new OwnWage(
            m("6500.00"),
            m("5200.00"),
            m("3120.00"),
            m("15600.00"),
            m("6500.00"),
            ClampResult.Direction.NONE,
            m("6500.00"),
            "60% × 5,200.00 = 3,120.00 ≤ 6,500.00 ≤ 300% × 5,200.00 = 15,600.00",
            List.of(),
            List.of(art64),
            null);
    CombinedGrade grade =
        new CombinedGrade(
            DisabilityGrade.GRADE_9,
            DisabilityGrade.GRADE_9,
            false,
            List.of(DisabilityGrade.GRADE_9),
            List.of(),
            Verification.SECONDARY,
            "单项九级",
            "one item of grade 9");
    return new WorkInjuryResult(
        List.of(subsidy, allowance),
        new Totals(m("0.00"), m("58500.00"), m("58500.00"), m("2690.00"), m("0.00")),
        wage,
        grade,
        Regime.REGULATION_2010,
        CalculationOptions.defaults().withAsOf(LocalDate.of(2024, 4, 1)),
        List.of(new Notice("SECONDARY_SOURCE", "来源为二手资料", "secondary source")));
  }

  /** Written by hand from docs/RESULT-JSON.md. */
  private static final String EXPECTED =
      """
      {
        "format": "laborcalc.work-injury-result/1",
        "items": [
          {
            "code": "ONE_TIME_DISABILITY_SUBSIDY",
            "nameZh": "一次性伤残补助金",
            "nameEn": "One-time disability subsidy",
            "amount": "58500.00",
            "monthlyAmount": null,
            "startDate": null,
            "accrued": null,
            "payer": "FUND",
            "formula": "9 × 6,500.00 = 58,500.00",
            "explanationZh": "九级伤残，9个月本人工资",
            "label": null,
            "citations": [
              {
                "instrument": "gsbx-tiaoli-2010",
                "textZh": "《工伤保险条例》第三十七条第一款第（一）项",
                "article": 37,
                "paragraph": 1,
                "item": 1
              }
            ],
            "parameters": [
              {
                "key": "injury.disabilitySubsidy.months",
                "value": "9",
                "region": "000000",
                "range": "2011-01-01/..",
                "pack": "cn-national-work-injury",
                "verification": "PRIMARY",
                "citations": [
                  {
                    "instrument": "gsbx-tiaoli-2010",
                    "textZh": "《工伤保险条例》第三十七条第一款第（一）项",
                    "article": 37,
                    "paragraph": 1,
                    "item": 1
                  }
                ]
              }
            ]
          },
          {
            "code": "DISABILITY_ALLOWANCE",
            "nameZh": "伤残津贴",
            "nameEn": "Disability allowance",
            "amount": null,
            "monthlyAmount": "2690.00",
            "startDate": "2024-03-02",
            "accrued": "2690.00",
            "payer": "EMPLOYER",
            "formula": "85% × 3,000.00 = 2,550.00，低于最低工资标准 2,690.00，补足至 2,690.00",
            "explanationZh": "不低于最低工资",
            "label": "每月",
            "citations": [
              {
                "instrument": "gsbx-tiaoli-2010",
                "textZh": "《工伤保险条例》第三十五条第一款第（二）项",
                "article": 35,
                "paragraph": 1,
                "item": 2
              }
            ],
            "parameters": []
          }
        ],
        "totals": {
          "employer": "0.00",
          "fund": "58500.00",
          "total": "58500.00",
          "monthlyEmployer": "2690.00",
          "monthlyFund": "0.00"
        },
        "wage": {
          "averageWage": "6500.00",
          "regionalAverage": "5200.00",
          "lowerBound": "3120.00",
          "upperBound": "15600.00",
          "ownWage": "6500.00",
          "clamp": "NONE",
          "originalWage": "6500.00",
          "formula": "60% × 5,200.00 = 3,120.00 ≤ 6,500.00 ≤ 300% × 5,200.00 = 15,600.00",
          "citations": [
            {
              "instrument": "gsbx-tiaoli-2010",
              "textZh": "《工伤保险条例》第六十四条第二款",
              "article": 64,
              "paragraph": 2,
              "item": 0
            }
          ],
          "parameters": [],
          "determination": null
        },
        "grade": {
          "finalGrade": 9,
          "nameZh": "九级",
          "mostSevereItem": 9,
          "raised": false,
          "items": [
            9
          ],
          "verification": "SECONDARY",
          "explanationZh": "单项九级",
          "explanationEn": "one item of grade 9",
          "citations": []
        },
        "regime": {
          "code": "REGULATION_2010",
          "instrument": "gsbx-tiaoli-2010",
          "nameZh": "《工伤保险条例》",
          "documentNumber": "国务院令第586号"
        },
        "options": {
          "asOf": "2024-04-01",
          "knownAsOf": null,
          "regimeRule": "INJURY_DATE",
          "suspensionDays": "CALENDAR_FRACTION",
          "pensionCap": "PROPORTIONAL"
        },
        "warnings": [
          {
            "code": "SECONDARY_SOURCE",
            "messageZh": "来源为二手资料",
            "messageEn": "secondary source"
          }
        ]
      }
      """;

  @Test
  void theResultIsWrittenExactlyAsTheContractSays() {
    assertThat(LaborCalcJson.writeResult(sample())).isEqualTo(EXPECTED);
  }

  @Test
  void writingTwiceGivesIdenticalBytes() {
    byte[] first = LaborCalcJson.writeResult(sample()).getBytes(StandardCharsets.UTF_8);
    byte[] second = LaborCalcJson.writeResult(sample()).getBytes(StandardCharsets.UTF_8);
    assertThat(second).isEqualTo(first);
  }

  @Test
  void theOutputDoesNotDependOnTheDefaultLocaleOrZone() {
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      assertThat(LaborCalcJson.writeResult(sample())).isEqualTo(EXPECTED);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void theModuleWritesTheSameContractThroughAnyMapper() throws Exception {
    ObjectMapper mapper = LaborCalcJson.newMapper();
    JsonNode viaMapper = mapper.readTree(mapper.writeValueAsString(sample()));
    assertThat(viaMapper).isEqualTo(mapper.readTree(EXPECTED));
  }

  @Test
  void violationsHaveTheirOwnSmallDocument() {
    assertThat(
            LaborCalcJson.writeViolations(
                List.of(Violation.of("case.injury.date", "REQUIRED", "缺少", "missing"))))
        .isEqualTo(
            """
            {
              "format": "laborcalc.violations/1",
              "violations": [
                {
                  "path": "case.injury.date",
                  "code": "REQUIRED",
                  "messageZh": "缺少",
                  "messageEn": "missing"
                }
              ]
            }
            """);
  }
}
