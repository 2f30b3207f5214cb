package dev.farmhand.farm.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmhand.core.protocol.Role;
import dev.farmhand.farm.auth.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WebSessionsTest {
  /** A clock the test moves by hand. */
  static final class HandClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  final HandClock clock = new HandClock();
  final WebSessions sessions = new WebSessions(clock);
  final Principal artist = new Principal("studio", "artist", Role.USER);

  @Test
  void aSessionHasUnguessableIdAndTokenAndIsFoundByItsId() {
    WebSession one = sessions.start(artist);
    WebSession two = sessions.start(artist);
    assertThat(one.id()).hasSize(43).isNotEqualTo(two.id()).isNotEqualTo(one.csrf());
    assertThat(sessions.find(one.id())).contains(one);
    assertThat(sessions.find("made-up")).isEmpty();
    assertThat(sessions.find(null)).isEmpty();
  }

  @Test
  void aSessionEndsAfterTwelveIdleHoursButNotWhileItIsUsed() {
    WebSession used = sessions.start(artist);
    WebSession idle = sessions.start(artist);
    for (int hour = 0; hour < 20; hour++) {
      clock.now = clock.now.plus(Duration.ofHours(1));
      assertThat(sessions.find(used.id())).contains(used);
    }
    assertThat(sessions.find(idle.id())).isEmpty();
  }

  @Test
  void endingASessionForgetsIt() {
    WebSession session = sessions.start(artist);
    sessions.end(session.id());
    assertThat(sessions.find(session.id())).isEmpty();
  }
}
