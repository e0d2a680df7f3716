package org.laborcalc.sheet;

import java.util.ArrayList;
import java.util.List;
import org.laborcalc.sheet.Sheet.Field;

/**
 * What identifies the case an award is for, as the case file's optional {@code "reference"} gives
 * it: the case number (案号), the parties and the tribunal. Shown first in a sheet's header; any part
 * may be absent. Immutable.
 *
 * @param caseNumber e.g. {@code 济劳人仲案字〔2021〕第123号}, or null
 * @param applicant the applicant (申请人), or null
 * @param respondent the respondent (被申请人), or null
 * @param tribunal the arbitration commission or court, or null
 */
public record CaseReference(
    String caseNumber, String applicant, String respondent, String tribunal) {

  /** The parts given, as header facts. */
  List<Field> facts() {
    List<Field> facts = new ArrayList<>();
    add(facts, "案号", "Case number", caseNumber);
    add(facts, "申请人", "Applicant", applicant);
    add(facts, "被申请人", "Respondent", respondent);
    add(facts, "仲裁委员会或法院", "Tribunal", tribunal);
    return facts;
  }

  private static void add(List<Field> facts, String zh, String en, String value) {
    if (value != null && !value.isBlank()) {
      facts.add(new Field(Text.of(zh, en), Text.of(value)));
    }
  }
}
