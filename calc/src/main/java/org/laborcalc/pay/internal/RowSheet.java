package org.laborcalc.pay.internal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.laborcalc.calculation.SheetFormat;
import org.laborcalc.law.Verification;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.sheet.CalculationSheets;
import org.laborcalc.sheet.Sheet;
import org.laborcalc.sheet.SheetOptions;
import org.laborcalc.sheet.Text;

/**
 * A calculation sheet as a title and rows, each a key and a value or a heading, rendered through
 * the shared sheet model ({@link org.laborcalc.sheet.CalculationSheets}). The same rows always give
 * the same text. Not thread-safe while rows are added; rendering does not change it.
 */
public final class RowSheet {
  private final String title;
  private final List<String[]> rows = new ArrayList<>();

  private RowSheet(String title) {
    this.title = requireNonNull(title, "title");
  }

  /** An empty sheet titled {@code title}. */
  public static RowSheet titled(String title) {
    return new RowSheet(title);
  }

  /** A heading. */
  public RowSheet heading(String heading) {
    rows.add(new String[] {requireNonNull(heading, "heading"), null});
    return this;
  }

  /** A key and its value. */
  public RowSheet row(String key, String value) {
    rows.add(new String[] {requireNonNull(key, "key"), requireNonNull(value, "value")});
    return this;
  }

  /**
   * A heading "所用参数" and a row for each distinct figure used (key, region, range, value, pack and
   * label; a SECONDARY one says that its source was not checked in the official text), nothing when
   * none was used.
   */
  public RowSheet parameters(Collection<ParameterUse> used) {
    Set<String> seen = new LinkedHashSet<>();
    for (ParameterUse p : used) {
      String label = p.verification() == null ? "" : p.verification().name();
      if (p.verification() == Verification.SECONDARY) {
        label += "，来源为转载或二手资料，未核对原文";
      }
      seen.add(
          p.key()
              + "@"
              + p.regionCode()
              + " "
              + p.range()
              + "："
              + p.value()
              + "（"
              + p.pack()
              + "，"
              + label
              + "）");
    }
    if (!seen.isEmpty()) {
      heading("所用参数");
      int i = 1;
      for (String row : seen) {
        row(String.valueOf(i++), row);
      }
    }
    return this;
  }

  /** The sheet in {@code format}, on the shared sheet model (Chinese, 100 columns). */
  public String render(SheetFormat format) {
    return CalculationSheets.render(toSheet(), format, SheetOptions.DEFAULT);
  }

  /**
   * The rows as a shared {@link Sheet}: each heading a section, each key and value a field (rows
   * before the first heading go into a section named by the title). New code builds a {@link Sheet}
   * directly with {@link Sheet#builder}, with the case facts in its header.
   */
  public Sheet toSheet() {
    Sheet.Builder b = Sheet.builder(Text.of(title));
    boolean open = false;
    for (String[] r : rows) {
      if (r[1] == null) {
        b.section(Text.of(r[0]));
        open = true;
      } else {
        if (!open) {
          b.section(Text.of(title));
          open = true;
        }
        b.field(Text.of(r[0]), Text.of(r[1]));
      }
    }
    return b.build();
  }
}
