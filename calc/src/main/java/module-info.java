/**
 * laborcalc calculators: the work-injury benefits engine, its statutory rules and bundled parameter
 * packs, the retirement date and the disability grade.
 */
module org.laborcalc.calc {
  requires transitive org.laborcalc.core;

  exports org.laborcalc.injury;
  exports org.laborcalc.injury.grade;
  exports org.laborcalc.injury.rules;
  exports org.laborcalc.retirement;
  exports org.laborcalc.wage;

  // Jackson reads the STRUCTURED rules of parameter packs into these records.
  opens org.laborcalc.injury.rules to
      com.fasterxml.jackson.databind;
  // The case records are plain data read reflectively by whichever Bean Validation provider and
  // JSON binder the application uses (a qualified opens would name modules calc does not read).
  opens org.laborcalc.injury;
}
