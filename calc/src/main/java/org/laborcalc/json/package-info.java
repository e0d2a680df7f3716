/**
 * JSON for laborcalc: the case-file format ({@code docs/schema/work-injury-case.schema.json}), the
 * result contract ({@code docs/RESULT-JSON.md}), a preconfigured mapper and a Jackson module. Every
 * reading error is a located violation in Chinese and English.
 */
package org.laborcalc.json;
