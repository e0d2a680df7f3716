/**
 * laborcalc core: money (CNY), date ranges, regions (GB/T 2260), legal citations, errors and
 * statutory parameters. Every exported type is immutable and thread-safe.
 */
module org.laborcalc.core {
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.google.common;
  requires transitive jakarta.validation;
  // Not used in code: Hibernate Validator interpolates messages with the Expression Language, which
  // it requires only statically, so this resolves it (and its implementation, Expressly, bound as a
  // service) on the module path without --add-modules.
  requires jakarta.el;

  exports org.laborcalc.money;
  exports org.laborcalc.time;
  exports org.laborcalc.region;
  exports org.laborcalc.law;
  exports org.laborcalc.error;
  exports org.laborcalc.parameters;

  opens org.laborcalc.money to
      com.fasterxml.jackson.databind;
  opens org.laborcalc.time to
      com.fasterxml.jackson.databind;
  opens org.laborcalc.region to
      com.fasterxml.jackson.databind;
  opens org.laborcalc.law to
      com.fasterxml.jackson.databind;
}
