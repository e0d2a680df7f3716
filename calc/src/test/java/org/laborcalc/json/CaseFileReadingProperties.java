package org.laborcalc.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.laborcalc.error.InvalidInputException;

/**
 * Laws of reading case files: whatever the bytes, the reader answers with a case file or with
 * located violations, never another exception; and whatever it reads, it writes back to the same
 * case.
 */
class CaseFileReadingProperties {

  /** Reads, and when the input is accepted, checks that writing and reading again gives it back. */
  private static void readsOrExplains(byte[] bytes) {
    CaseFile f;
    try {
      f = LaborCalcJson.readCaseFile(bytes);
    } catch (InvalidInputException e) {
      assertThat(e.violations()).isNotEmpty();
      assertThat(e.violations())
          .allSatisfy(
              v -> {
                assertThat(v.messageZh()).isNotBlank();
                assertThat(v.messageEn()).isNotBlank();
              });
      return;
    }
    CaseFile again = LaborCalcJson.readCaseFile(LaborCalcJson.writeCaseFile(f));
    assertThat(again.workInjuryCase()).isEqualTo(f.workInjuryCase());
    assertThat(again.options()).isEqualTo(f.options());
  }

  @Property(tries = 300)
  void anyBytesAreReadOrExplained(@ForAll @Size(max = 300) byte[] bytes) {
    readsOrExplains(bytes);
  }

  @Property(tries = 300)
  void aTruncatedCaseFileIsReadOrExplained(@ForAll @IntRange(min = 0, max = 3000) int cut) {
    byte[] full = Samples.FULL.getBytes(StandardCharsets.UTF_8);
    byte[] part = new byte[Math.min(cut, full.length)];
    System.arraycopy(full, 0, part, 0, part.length);
    readsOrExplains(part);
  }

  @Property(tries = 500)
  void aCaseFileWithOneCharacterChangedIsReadOrExplained(
      @ForAll @IntRange(min = 0, max = 2900) int at,
      @ForAll @CharRange(from = ' ', to = '~') char c) {
    StringBuilder sb = new StringBuilder(Samples.FULL);
    sb.setCharAt(Math.min(at, sb.length() - 1), c);
    readsOrExplains(sb.toString().getBytes(StandardCharsets.UTF_8));
  }
}
