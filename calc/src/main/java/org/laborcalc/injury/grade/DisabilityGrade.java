package org.laborcalc.injury.grade;

import static java.util.Objects.requireNonNull;

/**
 * A disability grade (伤残等级) of GB/T 16180-2014, from grade 1 (一级, the most severe) to grade 10
 * (十级). Immutable and thread-safe.
 */
public enum DisabilityGrade {
  GRADE_1("一级"),
  GRADE_2("二级"),
  GRADE_3("三级"),
  GRADE_4("四级"),
  GRADE_5("五级"),
  GRADE_6("六级"),
  GRADE_7("七级"),
  GRADE_8("八级"),
  GRADE_9("九级"),
  GRADE_10("十级");

  private static final DisabilityGrade[] BY_NUMBER = values();

  private final String nameZh;

  DisabilityGrade(String nameZh) {
    this.nameZh = nameZh;
  }

  /**
   * The grade numbered {@code number}.
   *
   * @throws IllegalArgumentException unless 1 ≤ number ≤ 10
   */
  public static DisabilityGrade of(int number) {
    if (number < 1 || number > 10) {
      throw new IllegalArgumentException(
          "disability grade ("
              + number
              + ") must be between 1 (一级, most severe) and 10 (十级, least severe)");
    }
    return BY_NUMBER[number - 1];
  }

  /** 1 for the most severe grade to 10 for the least severe. */
  public int number() {
    return ordinal() + 1;
  }

  /** {@code 一级} … {@code 十级}. */
  public String nameZh() {
    return nameZh;
  }

  /** {@code grade 1} … {@code grade 10}. */
  public String nameEn() {
    return "grade " + number();
  }

  /** True when this grade is more severe, i.e. has a lower number, than {@code other}. */
  public boolean isMoreSevereThan(DisabilityGrade other) {
    requireNonNull(other, "other");
    return number() < other.number();
  }

  /** The band of 《工伤保险条例》 articles 35–37 this grade falls in. */
  public GradeBand band() {
    return GradeBand.of(this);
  }
}
