package dev.farmhand.core.protocol;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a wire field that may be absent. Everything in this package is non-null unless marked: a
 * record's compact constructor refuses {@code null} for an unmarked component. On the wire, an
 * absent field and an explicit {@code null} mean the same; {@link Json#mapper()} writes neither.
 *
 * <p>Kept at run time so the contract test can compare it with the {@code required} lists of {@code
 * docs/openapi.yaml}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({
  ElementType.RECORD_COMPONENT,
  ElementType.FIELD,
  ElementType.METHOD,
  ElementType.PARAMETER
})
public @interface Nullable {}
