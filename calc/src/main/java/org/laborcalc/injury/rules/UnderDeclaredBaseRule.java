package org.laborcalc.injury.rules;

/**
 * What a province says when an insured employer declared a contribution base below the wage, so
 * that the fund's benefits come out lower (Guangdong art. 56, Zhejiang art. 33, Henan art. 33).
 * Read from the STRUCTURED parameter {@code injury.underDeclaredBase}. Immutable.
 *
 * @param employerPaysDifference true where the employer pays the worker the difference between the
 *     benefits on the true wage and those the fund pays on the declared base
 */
public record UnderDeclaredBaseRule(Boolean employerPaysDifference) {
  public UnderDeclaredBaseRule {
    if (employerPaysDifference == null) {
      throw new IllegalArgumentException("employerPaysDifference must be given (true or false)");
    }
  }
}
