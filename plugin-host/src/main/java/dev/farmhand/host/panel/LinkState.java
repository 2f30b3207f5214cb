package dev.farmhand.host.panel;

import java.util.Objects;

/**
 * Whether the panel is live: push notices arriving and the farm answering. Immutable.
 *
 * @param live whether rows change as the farm changes
 * @param message what the banner says when not live: what is wrong and what the panel does about it
 */
record LinkState(boolean live, String message) {
  static final LinkState LIVE = new LinkState(true, "");

  LinkState {
    Objects.requireNonNull(message, "message");
  }

  static LinkState lost(String message) {
    return new LinkState(false, message);
  }
}
