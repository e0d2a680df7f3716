package org.laborcalc.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BeanValidationTest {

  /** A case file in miniature: nested objects, a list of objects, numbers with bounds. */
  record Claim(
      @NotNull @Valid Injury injury,
      @NotNull @Size(min = 1, max = 20) @Valid List<@NotNull Evidence> evidence,
      @Min(1) @Max(10) int grade) {}

  record Injury(
      @NotNull @PastOrPresent LocalDate date,
      @NotNull(message = "{org.laborcalc.required}") String regionCode) {}

  record Evidence(@NotNull @DecimalMin("0.00") BigDecimal amount, @NotBlank String description) {}

  private static final Locale ORIGINAL_DEFAULT = Locale.getDefault();

  @AfterEach
  void restoreDefaultLocale() {
    Locale.setDefault(ORIGINAL_DEFAULT);
  }

  private static Evidence pay(String amount) {
    return new Evidence(new BigDecimal(amount), "bank statement");
  }

  private static Claim valid() {
    return new Claim(
        new Injury(LocalDate.of(2019, 12, 18), "370800"),
        List.of(pay("6500.00"), pay("6500.00"), pay("6800.00")),
        7);
  }

  /** Three problems: a missing date, a negative amount in the third item, a grade of 11. */
  private static Claim broken() {
    return new Claim(
        new Injury(null, "370800"), List.of(pay("6500.00"), pay("6500.00"), pay("-5.00")), 11);
  }

  @Test
  void aValidBeanHasNoViolations() {
    assertThat(BeanValidation.validate(valid())).isEmpty();
    Claim claim = valid();
    assertThat(BeanValidation.validateOrThrow(claim)).isSameAs(claim);
  }

  @Test
  void violationsAreLocatedCodedAndWordedInBothLanguages() {
    assertThat(BeanValidation.validate(broken()))
        .containsExactly(
            Violation.of(
                "evidence[2].amount",
                "OUT_OF_RANGE",
                "amount（-5.00）不得小于0.00",
                "amount (-5.00) must be at least 0.00"),
            Violation.of(
                "grade", "OUT_OF_RANGE", "grade（11）不得大于10", "grade (11) must be at most 10"),
            Violation.of("injury.date", "REQUIRED", "date 必须填写", "date must be given"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh-CN", "zh-TW", "fr-FR", "ar"})
  void theDefaultLocaleDoesNotChangeTheMessages(String languageTag) {
    List<Violation> underEnglish = withDefault(Locale.ENGLISH);
    Locale.setDefault(Locale.forLanguageTag(languageTag));
    assertThat(BeanValidation.validate(broken())).isEqualTo(underEnglish);
  }

  @Test
  void underAChineseDefaultLocaleEnglishMessagesStayEnglish() {
    Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
    Violation date = BeanValidation.validate(broken()).get(2);
    assertThat(date.messageEn()).isEqualTo("date must be given");
    assertThat(date.messageZh()).isEqualTo("date 必须填写");
  }

  private static List<Violation> withDefault(Locale locale) {
    Locale saved = Locale.getDefault();
    Locale.setDefault(locale);
    try {
      return BeanValidation.validate(broken());
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void projectKeysAreTranslated() {
    Claim claim = new Claim(new Injury(LocalDate.of(2019, 12, 18), null), List.of(pay("1")), 5);
    assertThat(BeanValidation.validate(claim))
        .containsExactly(
            Violation.of(
                "injury.regionCode", "REQUIRED", "regionCode 必须填写", "regionCode must be given"));
  }

  @Test
  void nullElementsAndBlankStringsInAList() {
    List<Evidence> evidence = new ArrayList<>(Arrays.asList(pay("1"), null, pay("2")));
    evidence.add(new Evidence(BigDecimal.ONE, " "));
    Claim claim = new Claim(new Injury(LocalDate.of(2019, 12, 18), "370800"), evidence, 5);
    assertThat(BeanValidation.validate(claim))
        .containsExactly(
            Violation.of(
                "evidence[1]", "REQUIRED", "evidence[1] 必须填写", "evidence[1] must be given"),
            Violation.of(
                "evidence[3].description",
                "REQUIRED",
                "description（\" \"）不得为空白",
                "description (\" \") must not be blank"));
  }

  @Test
  void sizeAndPastOrPresentUseTheirAnnotationNamesAsCodes() {
    Claim claim = new Claim(new Injury(LocalDate.of(9999, 1, 1), "370800"), List.of(), 5);
    assertThat(BeanValidation.validate(claim))
        .containsExactly(
            Violation.of(
                "evidence",
                "SIZE",
                "evidence（[]）长度或个数必须在1至20之间",
                "evidence ([]) must have a size between 1 and 20"),
            Violation.of(
                "injury.date",
                "PAST_OR_PRESENT",
                "date（9999-01-01）不得晚于当前时间",
                "date (9999-01-01) must not be in the future"));
  }

  @Test
  void indexesSortNumerically() {
    List<Evidence> evidence = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      evidence.add(pay(i == 2 || i == 10 ? "-1" : "1"));
    }
    Claim claim = new Claim(new Injury(LocalDate.of(2019, 12, 18), "370800"), evidence, 5);
    assertThat(BeanValidation.validate(claim))
        .extracting(Violation::path)
        .containsExactly("evidence[2].amount", "evidence[10].amount");
  }

  @Test
  void longValuesAreAbbreviated() {
    Evidence e = new Evidence(BigDecimal.ONE, " ".repeat(100));
    Claim claim = new Claim(new Injury(LocalDate.of(2019, 12, 18), "370800"), List.of(e), 5);
    Violation v = BeanValidation.validate(claim).get(0);
    assertThat(v.messageEn())
        .isEqualTo("description (\"" + " ".repeat(36) + "...) must not be blank");
  }

  @Test
  void validateOrThrowAggregatesEveryViolation() {
    assertThatThrownBy(() -> BeanValidation.validateOrThrow(broken()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.code()).isEqualTo("INVALID_INPUT");
              assertThat(e.violations()).hasSize(3);
              assertThat(e.messageEn())
                  .isEqualTo(
                      "invalid input: evidence[2].amount: amount (-5.00) must be at least 0.00;"
                          + " grade: grade (11) must be at most 10;"
                          + " injury.date: date must be given");
              assertThat(e.messageZh())
                  .isEqualTo(
                      "输入有误：evidence[2].amount: amount（-5.00）不得小于0.00;"
                          + " grade: grade（11）不得大于10;"
                          + " injury.date: date 必须填写");
            });
  }

  @Test
  void nullBeanIsACallerMistake() {
    assertThatThrownBy(() -> BeanValidation.validate(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("bean");
  }

  @ParameterizedTest
  @CsvSource({
    "NotNull, NOT_NULL",
    "PastOrPresent, PAST_OR_PRESENT",
    "URL, URL",
    "Mod10Check, MOD10_CHECK",
    "HTTPServer, HTTP_SERVER",
    "ISBN, ISBN",
    "Email, EMAIL",
  })
  void upperSnakeCase(String camel, String snake) {
    assertThat(BeanValidation.upperSnake(camel)).isEqualTo(snake);
  }

  @Test
  void codesOfStandardConstraints() {
    assertThat(BeanValidation.codeOf(NotNull.class)).isEqualTo("REQUIRED");
    assertThat(BeanValidation.codeOf(NotBlank.class)).isEqualTo("REQUIRED");
    assertThat(BeanValidation.codeOf(Min.class)).isEqualTo("OUT_OF_RANGE");
    assertThat(BeanValidation.codeOf(DecimalMin.class)).isEqualTo("OUT_OF_RANGE");
    assertThat(BeanValidation.codeOf(jakarta.validation.constraints.Positive.class))
        .isEqualTo("OUT_OF_RANGE");
    assertThat(BeanValidation.codeOf(org.hibernate.validator.constraints.Range.class))
        .isEqualTo("OUT_OF_RANGE");
    assertThat(BeanValidation.codeOf(Size.class)).isEqualTo("SIZE");
    assertThat(BeanValidation.codeOf(jakarta.validation.constraints.Pattern.class))
        .isEqualTo("PATTERN");
  }

  @ParameterizedTest
  @CsvSource({
    "a, b, -1",
    "e[2].amount, e[10].amount, -1",
    "e[10], e[9], 1",
    "e[02], e[2], 0",
    "e, e.a, -1",
    "'', a, -1",
  })
  void pathOrder(String a, String b, int sign) {
    assertThat(Integer.signum(BeanValidation.comparePaths(a, b))).isEqualTo(sign);
    assertThat(Integer.signum(BeanValidation.comparePaths(b, a))).isEqualTo(-sign);
  }
}
