/**
 * How people type dates, numbers and yes/no into spreadsheets. Open to the modules' import targets for
 * the values the engine hands them as text (an activity's date and time).
 */
@org.springframework.modulith.NamedInterface("values")
package dev.guanxi.imports.internal.values;
