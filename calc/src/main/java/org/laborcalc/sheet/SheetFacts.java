package org.laborcalc.sheet;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.laborcalc.employment.InitiatedBy;
import org.laborcalc.law.Citation;
import org.laborcalc.region.Region;
import org.laborcalc.result.Line;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Party;

/**
 * The values every kind's sheet writes the same way, as {@link Text}: a region with its name, who
 * ended the labour relation, citations, the figures a line used by their names (never their keys),
 * the packs used, a payer, a line's formula in both languages. Stateless.
 */
public final class SheetFacts {
  private SheetFacts() {}

  /** {@code 山东省济宁市（370800）}. */
  public static Text region(Region region) {
    return SheetBuilder.region(region);
  }

  /** Who ended the labour relation, in words. */
  public static Text initiatedBy(InitiatedBy by) {
    return switch (by) {
      case WORKER -> Text.of("劳动者提出解除", "ended by the worker");
      case CONTRACT_EXPIRY -> Text.of("劳动合同期满终止", "contract expired");
      case MUTUAL_AGREEMENT -> Text.of("协商一致解除", "ended by agreement");
      case EMPLOYER -> Text.of("用人单位解除", "ended by the employer");
    };
  }

  /** The citations in Chinese joined by {@code ；}, in English by short name and article. */
  public static Text citations(List<Citation> citations) {
    return SheetBuilder.citations(Citation.distinct(citations));
  }

  /** The figures used, each by its name: {@code 月计薪天数 = 21.75}. */
  public static Text parameters(List<ParameterUse> uses) {
    return SheetBuilder.parameterList(uses);
  }

  /** The packs the figures came from, in order of first use; bundled ones go with the engine. */
  public static Text packs(List<ParameterUse> uses) {
    Set<String> packs = new LinkedHashSet<>();
    for (ParameterUse p : uses) {
      if (p.pack() != null && !p.pack().isEmpty()) {
        packs.add(p.pack());
      }
    }
    return WorkInjuryFacts.packsField(List.copyOf(packs)).value();
  }

  /** The payer's name. */
  public static Text payer(Party party) {
    return SheetBuilder.payer(party);
  }

  /** The line's formula in Chinese and English. */
  public static Text formula(Line line) {
    return SheetBuilder.formula(line);
  }

  /** The line's name in Chinese and English, with its label where it adds something. */
  public static Text name(Line line) {
    Text name = Text.of(line.name().zh(), line.name().en());
    String label = line.label();
    return label == null || label.isEmpty() || line.name().zh().equals(label)
        ? name
        : name.plus("（" + label + "）");
  }
}
