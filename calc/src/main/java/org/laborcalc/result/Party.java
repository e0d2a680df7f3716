package org.laborcalc.result;

import static java.util.Objects.requireNonNull;

/**
 * Who owes a line: the employer, the work-injury insurance fund, or another party the law makes
 * liable: the 承包人 whose business an unqualified organisation or person took on by 转包 or 分包
 * (最高人民法院关于审理劳动争议案件适用法律问题的解释（二） art. 1), the 被挂靠单位 an unqualified organisation or person traded
 * under (art. 2). A calculation cites the article with the line when it makes such a party liable.
 *
 * @param role the party's role
 * @param name the party's name as the case gives it, or null where the role is enough
 */
public record Party(Role role, String name) implements Comparable<Party> {
  /** The employer (用人单位). */
  public static final Party EMPLOYER = new Party(Role.EMPLOYER, null);

  /** The work-injury insurance fund (工伤保险基金). */
  public static final Party FUND = new Party(Role.FUND, null);

  /** The worker (劳动者), owing the employer (a non-compete 违约金). */
  public static final Party WORKER = new Party(Role.WORKER, null);

  /** What a party is to the case. */
  public enum Role {
    /** The employer (用人单位). */
    EMPLOYER("用人单位", "Employer"),
    /** The work-injury insurance fund (工伤保险基金). */
    FUND("工伤保险基金", "Work-injury insurance fund"),
    /** The 承包人 liable for the worker of an unqualified sub-contractor (解释（二） art. 1). */
    CONTRACTOR("承包人", "Contractor"),
    /** The 被挂靠单位 liable for the worker of one trading under its name (解释（二） art. 2). */
    ATTRIBUTED_UNIT("被挂靠单位", "Unit traded under"),
    /** The worker, where the law makes the worker liable to the employer (劳动合同法 art. 23 ¶2 违约金). */
    WORKER("劳动者", "Worker");

    private final String nameZh;
    private final String nameEn;

    Role(String nameZh, String nameEn) {
      this.nameZh = nameZh;
      this.nameEn = nameEn;
    }

    public String nameZh() {
      return nameZh;
    }

    public String nameEn() {
      return nameEn;
    }
  }

  public Party {
    requireNonNull(role, "role");
  }

  /** Parties in the order of their roles, then by name: the employer before the fund. */
  @Override
  public int compareTo(Party other) {
    int byRole = role.compareTo(other.role);
    if (byRole != 0) {
      return byRole;
    }
    return name == null
        ? (other.name == null ? 0 : -1)
        : other.name == null ? 1 : name.compareTo(other.name);
  }

  /** The party's code in the JSON result: its role ({@code EMPLOYER}, {@code FUND}, …). */
  public String code() {
    return role.name();
  }

  /** The party's name, or its role's, in Chinese. */
  public String nameZh() {
    return name != null ? name : role.nameZh();
  }

  /** The party's name, or its role's, in English. */
  public String nameEn() {
    return name != null ? name : role.nameEn();
  }
}
