package org.laborcalc.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidInputExceptionTest {

  private static final Violation DATE =
      Violation.of("injury.date", "REQUIRED", "date 必须填写", "date must be given");
  private static final Violation AMOUNT =
      Violation.of(
          "evidence[2].amount",
          "OUT_OF_RANGE",
          "amount（-5.00）不得为负数",
          "amount (-5.00) must not be negative");

  @Test
  void aggregatesEveryViolationInBothLanguages() {
    InvalidInputException e = new InvalidInputException(List.of(DATE, AMOUNT));
    assertThat(e.code()).isEqualTo("INVALID_INPUT");
    assertThat(e.violations()).containsExactly(DATE, AMOUNT);
    assertThat(e.messageEn())
        .isEqualTo(
            "invalid input: injury.date: date must be given;"
                + " evidence[2].amount: amount (-5.00) must not be negative")
        .isEqualTo(e.getMessage());
    assertThat(e.messageZh())
        .isEqualTo("输入有误：injury.date: date 必须填写; evidence[2].amount: amount（-5.00）不得为负数");
    assertThat(e).isInstanceOf(LaborCalcException.class).isInstanceOf(RuntimeException.class);
  }

  @Test
  void aViolationOfTheWholeDocumentHasNoPathPrefix() {
    InvalidInputException e =
        InvalidInputException.of("", "EMPTY_CASE", "案件为空", "case (empty) must not be empty");
    assertThat(e.messageEn()).isEqualTo("invalid input: case (empty) must not be empty");
    assertThat(e.messageZh()).isEqualTo("输入有误：案件为空");
    assertThat(e.violations()).singleElement().extracting(Violation::path).isEqualTo("");
  }

  @Test
  void refusesAnEmptyList() {
    assertThatThrownBy(() -> new InvalidInputException(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("violations (an empty list) must not be empty");
    assertThatThrownBy(() -> new InvalidInputException(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("violations");
  }

  @Test
  void keepsItsOwnImmutableCopy() {
    List<Violation> given = new ArrayList<>(List.of(DATE));
    InvalidInputException e = new InvalidInputException(given);
    given.add(AMOUNT);
    assertThat(e.violations()).containsExactly(DATE);
    assertThatThrownBy(() -> e.violations().add(AMOUNT))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void violationFieldsAreRequired() {
    assertThatThrownBy(() -> Violation.of(null, "X", "zh", "en")).hasMessage("path");
    assertThatThrownBy(() -> Violation.of("p", null, "zh", "en")).hasMessage("code");
    assertThatThrownBy(() -> Violation.of("p", "X", null, "en")).hasMessage("messageZh");
    assertThatThrownBy(() -> Violation.of("p", "X", "zh", null)).hasMessage("messageEn");
  }

  @Test
  void violationPrintsBothLanguages() {
    assertThat(DATE.toString()).isEqualTo("injury.date: date must be given / date 必须填写");
    assertThat(Violation.of("", "X", "整体", "whole").toString()).isEqualTo("(document): whole / 整体");
  }
}
