package org.laborcalc.illegal;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.laborcalc.injury.grade.DisabilityGrade;
import org.laborcalc.money.Money;
import org.laborcalc.region.Region;
import org.laborcalc.time.DateRange;

/**
 * The facts of a claim under 人社部令第9号. Immutable.
 *
 * @param region the 工伤保险统筹地区 where the unit is (art. 5 ¶2)
 * @param unit why the unit is an illegal employer (art. 2)
 * @param injuryDate the day of the accident or of the occupational-disease diagnosis
 * @param treatment the treatment period before the appraisal (art. 4), or null when none is claimed
 * @param appraisal the appraisal, or null (none yet, or the worker died)
 * @param deathDate the day the worker died, or null
 * @param costs the treatment costs and the appraisal fee, at cost (arts. 3 ¶2, 4)
 */
public record IllegalEmploymentCase(
    Region region,
    UnitStatus unit,
    LocalDate injuryDate,
    DateRange treatment,
    Appraisal appraisal,
    LocalDate deathDate,
    List<Cost> costs) {

  public IllegalEmploymentCase {
    requireNonNull(region, "region");
    requireNonNull(unit, "unit");
    requireNonNull(injuryDate, "injuryDate");
    costs = List.copyOf(costs);
  }

  /**
   * The appraisal by the 设区的市级劳动能力鉴定委员会 (art. 3 ¶2).
   *
   * @param date the day of the conclusion
   * @param grade the disability grade
   */
  public record Appraisal(LocalDate date, DisabilityGrade grade) {
    public Appraisal {
      requireNonNull(date, "date");
      requireNonNull(grade, "grade");
    }
  }

  /**
   * A cost the unit pays at the amount of its receipt.
   *
   * @param item {@link IllegalItem#TREATMENT_COSTS} or {@link IllegalItem#APPRAISAL_FEE}
   * @param amount the amount
   * @param description what it was, or null
   */
  public record Cost(IllegalItem item, Money amount, String description) {
    public Cost {
      requireNonNull(item, "item");
      requireNonNull(amount, "amount");
    }
  }
}
