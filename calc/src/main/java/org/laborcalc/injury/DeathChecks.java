package org.laborcalc.injury;

import java.time.LocalDate;
import java.util.List;
import org.laborcalc.error.Violation;

/** The cross-field checks of a worker's death and the dependants listed. */
final class DeathChecks extends CheckList {
  DeathChecks(List<Violation> out) {
    super(out);
  }

  void check(WorkInjuryCase c, LocalDate injury) {
    if (c.death() != null) {
      LocalDate d = c.death().date();
      date("death.date", d);
      if (d != null && injury != null && d.isBefore(injury)) {
        add(
            "death.date",
            "DATE_ORDER",
            "死亡日期（" + d + "）早于受伤日期（" + injury + "）",
            "the death (" + d + ") is before the injury (" + injury + ")");
      }
      missing(c.death());
      LocalDate deceasedBirth = c.worker() == null ? null : c.worker().birthDate();
      int spouse = -1;
      for (int i = 0; i < c.death().dependants().size(); i++) {
        WorkInjuryCase.Dependant dep = c.death().dependants().get(i);
        String p = "death.dependants[" + i + "]";
        if (dep.relation() == WorkInjuryCase.Relation.SPOUSE) {
          // One spouse: marriage is monogamous, and a second SPOUSE line would pay a second 40%
          // pension (条例 art. 39 ¶1 (2)). (The Civil Code is not in the project's legal folder, so
          // no article of it is cited here.)
          if (spouse >= 0) {
            add(
                p + ".relation",
                "DUPLICATE_VALUE",
                "配偶只能有一位，death.dependants[" + spouse + "] 已列为配偶",
                "there is only one spouse, and death.dependants[" + spouse + "] is listed as such");
          } else {
            spouse = i;
          }
        }
        relationByAge(p, dep, deceasedBirth);
        if (dep.name() != null && dep.name().isBlank()) {
          add(p + ".name", "REQUIRED", "须填写姓名或称谓", "a name or label is required");
        }
        LocalDate b = dep.birthDate();
        if (b != null && d != null) {
          if (b.isBefore(d.minusYears(150))) {
            add(
                p + ".birthDate",
                "OUT_OF_RANGE",
                "供养亲属出生日期（" + b + "）表明其年龄超过150岁",
                "the dependant's birth date (" + b + ") makes them older than 150");
          } else if (b.isAfter(d.plusMonths(10))) {
            add(
                p + ".birthDate",
                "DATE_ORDER",
                "供养亲属出生日期（" + b + "）晚于死亡日期十个月以上",
                "the dependant's birth date (" + b + ") is more than ten months after the death");
          }
        }
      }
    }
  }

  /**
   * Art. 41 names two cases, “因工外出期间发生事故或者在抢险救灾中下落不明”: a missing worker's case must say which; a
   * declaration of death comes after the day he went missing.
   */
  private void missing(WorkInjuryCase.Death death) {
    if (death.missing() == null) {
      return;
    }
    WorkInjuryCase.Circumstance how = death.circumstance();
    if (how != WorkInjuryCase.Circumstance.WORK_TRIP_ACCIDENT
        && how != WorkInjuryCase.Circumstance.RESCUE_OR_DISASTER_RELIEF) {
      add(
          "death.circumstance",
          how == null ? "REQUIRED" : "CONTRADICTION",
          "职工下落不明的，须说明是因工外出期间发生事故（WORK_TRIP_ACCIDENT）还是在抢险救灾中（RESCUE_OR_DISASTER_RELIEF）下落不明（《工伤保险条例》第四十一条）",
          "a missing worker's case must say whether he went missing in an accident while away on"
              + " work (WORK_TRIP_ACCIDENT) or in rescue and disaster relief"
              + " (RESCUE_OR_DISASTER_RELIEF), the two cases of art. 41");
    }
    LocalDate declared = death.missing().declaredDeadOn();
    date("death.missing.declaredDeadOn", declared);
    if (declared != null && death.date() != null && declared.isBefore(death.date())) {
      add(
          "death.missing.declaredDeadOn",
          "DATE_ORDER",
          "宣告死亡日期（" + declared + "）早于下落不明之日（" + death.date() + "）",
          "the declaration of death ("
              + declared
              + ") is before the day the worker went missing ("
              + death.date()
              + ")");
    }
  }

  /**
   * A parent or grandparent is born before the deceased, a child or grandchild after — a
   * plausibility check on the facts, not a legal rule (the ministry's rule on the range of
   * dependants, art. 39 ¶1 (2), is not in the project's legal folder). A CHILD born before the
   * worker is most likely a PARENT entered the wrong way round.
   */
  private void relationByAge(String p, WorkInjuryCase.Dependant dep, LocalDate deceasedBirth) {
    LocalDate b = dep.birthDate();
    if (b == null || deceasedBirth == null || dep.relation() == null) {
      return;
    }
    switch (dep.relation()) {
      case PARENT, GRANDPARENT -> {
        if (!b.isBefore(deceasedBirth)) {
          add(
              p + ".birthDate",
              "DATE_ORDER",
              "父母或祖父母的出生日期（" + b + "）不早于死者的出生日期（" + deceasedBirth + "）：请检查亲属关系或日期",
              "a parent or grandparent born ("
                  + b
                  + ") no earlier than the deceased ("
                  + deceasedBirth
                  + "): check the relation or the date");
        }
      }
      case CHILD, GRANDCHILD -> {
        if (!b.isAfter(deceasedBirth)) {
          add(
              p + ".birthDate",
              "DATE_ORDER",
              "子女或孙子女的出生日期（" + b + "）不晚于死者的出生日期（" + deceasedBirth + "）：请检查亲属关系或日期",
              "a child or grandchild born ("
                  + b
                  + ") no later than the deceased ("
                  + deceasedBirth
                  + "): check the relation or the date");
        }
      }
      case SPOUSE, SIBLING -> {
        // No order of birth follows from these relations.
      }
    }
  }
}
