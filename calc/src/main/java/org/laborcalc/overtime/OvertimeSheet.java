package org.laborcalc.overtime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.sheet.LineSections;
import org.laborcalc.sheet.Sheet;
import org.laborcalc.sheet.SheetFacts;
import org.laborcalc.sheet.Text;

/**
 * The overtime calculation sheet (加班费计算清单) on the shared sheet model: the days counted, each rate
 * with its formula and articles, the total. Stateless.
 */
final class OvertimeSheet {
  private OvertimeSheet() {}

  static Sheet of(OvertimeResult r) {
    Set<ParameterUse> uses = new LinkedHashSet<>();
    r.lines().forEach(l -> uses.addAll(l.parameters()));
    Sheet.Builder s = Sheet.builder(Text.of("加班费计算清单", "Overtime pay calculation sheet"));
    s.fact(
        Text.of("计入的加班日", "Days of overtime counted"),
        Text.of(r.days().size() + " 天", r.days().size() + " days"));
    s.fact(Text.of("参数包", "Parameter packs"), SheetFacts.packs(new ArrayList<>(uses)));
    s.section(Text.of("一、加班费", "Overtime pay"));
    LineSections.add(s, r.lines(), null, r.total());
    return s.build();
  }
}
