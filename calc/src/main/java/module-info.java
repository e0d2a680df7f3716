/**
 * laborcalc calculators: the {@link org.laborcalc.LaborCalc} facade and JSON contract, the
 * work-injury benefits engine with its statutory rules and bundled parameter packs, the wage
 * determination from evidence, the retirement date, the disability grade and the calculation
 * sheets.
 */
module org.laborcalc.calc {
  requires transitive org.laborcalc.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;

  exports org.laborcalc;
  exports org.laborcalc.arbitration;
  exports org.laborcalc.arrears;
  exports org.laborcalc.calculation;
  exports org.laborcalc.calendar;
  exports org.laborcalc.doublewage;
  exports org.laborcalc.json;
  exports org.laborcalc.leave;
  exports org.laborcalc.limitation;
  exports org.laborcalc.noncompete;
  exports org.laborcalc.finality;
  exports org.laborcalc.overtime;
  exports org.laborcalc.employment;
  exports org.laborcalc.illegal;
  exports org.laborcalc.injury;
  exports org.laborcalc.injury.grade;
  exports org.laborcalc.injury.rules;
  exports org.laborcalc.injury.wagebase;
  exports org.laborcalc.result;
  exports org.laborcalc.retirement;
  exports org.laborcalc.severance;
  exports org.laborcalc.sheet;
  exports org.laborcalc.wage;

  // Jackson reads the STRUCTURED rules of parameter packs into these records.
  opens org.laborcalc.injury.rules to
      com.fasterxml.jackson.databind;
  // Jackson reads the severance case file into the records of its reader.
  opens org.laborcalc.severance.internal to
      com.fasterxml.jackson.databind;
  // The holiday calendar's data file is read by Jackson into its package-private records.
  opens org.laborcalc.calendar to
      com.fasterxml.jackson.databind;
  // The annual-leave case file is read by Jackson into that package's records.
  opens org.laborcalc.leave to
      com.fasterxml.jackson.databind;
  opens org.laborcalc.overtime to
      com.fasterxml.jackson.databind;
  // The double-wage case file is read by Jackson into the records of its reader.
  opens org.laborcalc.doublewage.internal to
      com.fasterxml.jackson.databind;
  // The pay claims' case files are read by Jackson into the records of their readers.
  opens org.laborcalc.arrears.internal to
      com.fasterxml.jackson.databind;
  opens org.laborcalc.noncompete.internal to
      com.fasterxml.jackson.databind;
  // The case records are plain data read reflectively by whichever Bean Validation provider and
  // JSON binder the application uses (a qualified opens would name modules calc does not read).
  opens org.laborcalc.employment;
  opens org.laborcalc.injury;
  opens org.laborcalc.wage;
}
