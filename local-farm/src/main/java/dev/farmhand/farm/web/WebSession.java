package dev.farmhand.farm.web;

import dev.farmhand.farm.auth.Principal;
import java.util.Objects;

/**
 * A browser logged in to the farm's web page. Immutable.
 *
 * @param id the secret the session cookie carries
 * @param csrf the token the page sends in {@link WebAuth#CSRF_HEADER} with every change it asks
 *     for; a page of another site cannot read it
 * @param principal who logged in, with which account and role
 */
public record WebSession(String id, String csrf, Principal principal) {
  public WebSession {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(csrf, "csrf");
    Objects.requireNonNull(principal, "principal");
  }
}
