package org.laborcalc.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.laborcalc.error.BeanValidationTest.Claim;
import org.laborcalc.error.BeanValidationTest.Evidence;
import org.laborcalc.error.BeanValidationTest.Injury;

/** Laws of bean validation: exactly the broken constraints are reported, each where it is. */
class BeanValidationProperties {

  private static final Injury INJURY = new Injury(LocalDate.of(2019, 12, 18), "370800");

  @Property(tries = 200)
  void eachNegativeAmountIsReportedAtItsIndexInOrder(
      @ForAll @Size(min = 1, max = 20) List<@IntRange(min = -3, max = 3) Integer> yuan) {
    List<Evidence> evidence = new ArrayList<>();
    yuan.forEach(y -> evidence.add(new Evidence(BigDecimal.valueOf(y), "payslip")));
    List<String> expected =
        IntStream.range(0, yuan.size())
            .filter(i -> yuan.get(i) < 0)
            .mapToObj(i -> "evidence[" + i + "].amount")
            .toList();
    List<Violation> found = BeanValidation.validate(new Claim(INJURY, evidence, 5));
    assertThat(found).extracting(Violation::path).containsExactlyElementsOf(expected);
    assertThat(found).allSatisfy(v -> assertThat(v.code()).isEqualTo("OUT_OF_RANGE"));
  }

  @Property(tries = 200)
  void gradeOutsideOneToTenIsTheOnlyViolation(@ForAll @IntRange(min = -50, max = 50) int grade) {
    List<Violation> found =
        BeanValidation.validate(
            new Claim(INJURY, List.of(new Evidence(BigDecimal.ONE, "payslip")), grade));
    if (grade >= 1 && grade <= 10) {
      assertThat(found).isEmpty();
    } else {
      Violation v = found.get(0);
      assertThat(found).hasSize(1);
      assertThat(v.path()).isEqualTo("grade");
      assertThat(v.messageEn()).startsWith("grade (" + grade + ") must be at ");
      assertThat(v.messageZh()).startsWith("grade（" + grade + "）不得");
    }
  }
}
