package dev.farmhand.core.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmhand.core.client.FarmException;
import dev.farmhand.core.client.FarmUnreachableException;
import dev.farmhand.core.protocol.ApiError;
import dev.farmhand.core.protocol.ErrorCode;
import dev.farmhand.core.protocol.Event;
import dev.farmhand.core.protocol.EventPage;
import dev.farmhand.core.protocol.EventType;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seq bookkeeping alone: dedupe, gaps, catch-up paging, failures and the seq file. */
class EventSequencerTest {
  /** The farm's events 1..latest, served a page at a time; it can be made to fail. */
  static final class FakeFarm implements EventSource {
    long latest;
    int requests;
    IOException failure;

    @Override
    public EventPage events(long after, int limit) throws IOException {
      requests++;
      if (failure != null) {
        throw failure;
      }
      List<Event> page = new ArrayList<>();
      for (long seq = after + 1; seq <= latest && page.size() < limit; seq++) {
        page.add(event(seq));
      }
      return new EventPage(page, latest);
    }
  }

  static Event event(long seq) {
    return new Event(
        seq, Instant.EPOCH, "studio", EventType.JOB_CREATED, "j-" + seq, null, null, null, null);
  }

  final FakeFarm farm = new FakeFarm();
  final List<Long> seen = new ArrayList<>();

  EventSequencer after(long seq) {
    return new EventSequencer(seq, farm, e -> seen.add(e.seq()), null);
  }

  @Test
  void eventsInSequenceAreHandedOnWithoutAskingTheFarm() {
    EventSequencer sequencer = after(0);

    sequencer.onPush(event(1));
    sequencer.onPush(event(2));

    assertThat(seen).containsExactly(1L, 2L);
    assertThat(farm.requests).isZero();
    assertThat(sequencer.last()).isEqualTo(2);
  }

  @Test
  void duplicatesAreDropped() {
    EventSequencer sequencer = after(0);

    sequencer.onPush(event(1));
    sequencer.onPush(event(1));
    sequencer.onPush(event(2));
    sequencer.onPush(event(1));

    assertThat(seen).containsExactly(1L, 2L);
    assertThat(sequencer.duplicates.get()).isEqualTo(2);
  }

  @Test
  void aGapIsFilledFromRestBeforeTheNewerEventAndNothingTwice() {
    farm.latest = 5;
    EventSequencer sequencer = after(1);

    sequencer.onPush(event(4));
    sequencer.onPush(event(5));

    assertThat(seen).containsExactly(2L, 3L, 4L, 5L);
    assertThat(sequencer.gaps.get()).isEqualTo(1);
    assertThat(sequencer.duplicates.get()).isEqualTo(1);
  }

  @Test
  void catchUpReadsPageAfterPage() {
    farm.latest = 2 * EventSequencer.PAGE + 5;
    EventSequencer sequencer = after(0);

    assertThat(sequencer.catchUp()).isTrue();

    assertThat(seen).hasSize(2 * EventSequencer.PAGE + 5);
    assertThat(seen.get(seen.size() - 1)).isEqualTo(2L * EventSequencer.PAGE + 5);
    assertThat(farm.requests).isEqualTo(3);
  }

  @Test
  void aFailedCatchUpHoldsTheNewerEventBackAndIsPendingUntilItWorks() {
    farm.latest = 3;
    farm.failure =
        new FarmUnreachableException("down", URI.create("http://farm"), new ConnectException());
    EventSequencer sequencer = after(0);

    sequencer.onPush(event(3));

    assertThat(seen).isEmpty();
    assertThat(sequencer.catchUpPending()).isTrue();

    farm.failure = null;
    assertThat(sequencer.catchUp()).isTrue();
    sequencer.onPush(event(3));

    assertThat(seen).containsExactly(1L, 2L, 3L);
    assertThat(sequencer.catchUpPending()).isFalse();
  }

  @Test
  void expiredEventsAreSkippedToTheLatest() {
    farm.latest = 9;
    farm.failure =
        new FarmException(
            "events after 0 are no longer kept",
            URI.create("http://farm"),
            410,
            new ApiError(ErrorCode.EVENTS_EXPIRED, "expired", Map.of()),
            null);
    EventSource once = farm;
    EventSequencer skipping =
        new EventSequencer(
            0,
            (after, limit) -> {
              if (limit == 0) {
                return new EventPage(List.of(), 9);
              }
              return once.events(after, limit);
            },
            e -> seen.add(e.seq()),
            null);

    assertThat(skipping.catchUp()).isTrue();
    skipping.onPush(event(10));

    assertThat(seen).containsExactly(10L);
    assertThat(skipping.last()).isEqualTo(10);
  }

  @Test
  void theSeqFileFollowsEachEventAndSurvivesARestart(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("state/notices.seq");
    farm.latest = 4;
    EventSequencer first = new EventSequencer(0, farm, e -> seen.add(e.seq()), new SeqFile(file));
    first.onPush(event(1));
    first.onPush(event(2));

    long stored = new SeqFile(file).read().orElseThrow();
    EventSequencer second =
        new EventSequencer(stored, farm, e -> seen.add(e.seq()), new SeqFile(file));
    second.catchUp();

    assertThat(stored).isEqualTo(2);
    assertThat(seen).containsExactly(1L, 2L, 3L, 4L);
    assertThat(new SeqFile(file).read().orElseThrow()).isEqualTo(4);
    assertThat(dir.resolve("state")).isDirectoryNotContaining("glob:**.tmp");
  }

  @Test
  void aDamagedSeqFileIsRefusedNamingTheFileAndTheFix(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("notices.seq");
    java.nio.file.Files.writeString(file, "twelve\n");

    assertThatThrownBy(() -> new SeqFile(file).read())
        .isInstanceOf(IOException.class)
        .hasMessage(
            "the sequence file "
                + file.toAbsolutePath()
                + " holds 'twelve', not a sequence number: delete it to start from the farm's"
                + " latest event");
  }
}
