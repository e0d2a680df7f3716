package org.laborcalc.illegal.internal;

import java.util.ArrayList;
import java.util.List;
import org.laborcalc.illegal.IllegalEmploymentCase.Cost;
import org.laborcalc.illegal.IllegalEmploymentLine;
import org.laborcalc.illegal.IllegalItem;
import org.laborcalc.result.Formula;

/**
 * Costs at the amount of their receipts: art. 4
 * “医疗费、护理费、住院期间的伙食补助费以及所需的交通费等费用按照《工伤保险条例》规定的标准和范围确定，并全部由……所在单位支付”; art. 3 ¶2
 * “劳动能力鉴定费用由伤亡职工或童工所在单位支付”. One line a receipt, in the order given.
 */
public final class Costs {
  private Costs() {}

  public static List<IllegalEmploymentLine> apply(Context ctx) {
    List<IllegalEmploymentLine> lines = new ArrayList<>();
    for (Cost c : ctx.facts().costs()) {
      boolean fee = c.item() == IllegalItem.APPRAISAL_FEE;
      lines.add(
          new IllegalEmploymentLine(
              c.item(),
              c.amount(),
              Context.unitPays(),
              Formula.given(c.amount()),
              c.item().nameZh()
                  + "，按票据所载实际发生额"
                  + (c.description() == null ? "" : "（" + c.description() + "）"),
              List.of(),
              List.of(fee ? Context.cite(3, 2) : Context.cite(4), Context.cite(2, 2)),
              c.description()));
    }
    return lines;
  }
}
