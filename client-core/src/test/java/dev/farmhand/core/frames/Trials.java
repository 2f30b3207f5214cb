package dev.farmhand.core.frames;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs a property over many generated inputs with fixed seeds, so a failure repeats on every run
 * and names the seed that produced it. Also the generators the property tests share.
 */
final class Trials {
  static final int TRIES = 500;
  private static final long BASE_SEED = 0x5EED_F4A3L;

  private Trials() {}

  /** Checks {@code property} on {@link #TRIES} generated inputs. */
  static void forAll(Consumer<Random> property) {
    for (int i = 0; i < TRIES; i++) {
      long seed = BASE_SEED + i;
      try {
        property.accept(new Random(seed));
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("failed on try " + i + " (new Random(" + seed + "L))", e);
      }
    }
  }

  /**
   * A range item, sometimes descending, sometimes stepped, with small negative and positive ends.
   */
  static FrameItem range(Random random) {
    int first = random.nextInt(400) - 100;
    int last = first + (random.nextBoolean() ? 1 : -1) * random.nextInt(80);
    int step = random.nextInt(3) == 0 ? 1 : 1 + random.nextInt(9);
    return new FrameItem(write(first, last, step, random), first, last, step);
  }

  /** An item as a person might type it, with spaces here and there. */
  static String write(int first, int last, int step, Random random) {
    StringBuilder text = new StringBuilder().append(space(random)).append(first);
    if (first != last || step != 1) {
      text.append(space(random)).append('-').append(space(random)).append(last);
      if (step != 1 || random.nextInt(4) == 0) {
        text.append(space(random)).append('x').append(space(random)).append(step);
      }
    }
    return text.append(space(random)).toString();
  }

  private static String space(Random random) {
    return random.nextInt(4) == 0 ? " " : "";
  }

  /** A job of 1 to 8 items that never share a frame; its frames, in order, follow the text. */
  static Job job(Random random) {
    List<String> items = new ArrayList<>();
    List<Integer> frames = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    int wanted = 1 + random.nextInt(8);
    while (items.isEmpty() || items.size() < wanted && random.nextInt(10) > 0) {
      FrameItem item = random.nextBoolean() ? range(random) : single(random);
      List<Integer> own = new ArrayList<>();
      for (long k = 0; k < item.count(); k++) {
        own.add(item.frameAt(k));
      }
      if (own.stream().noneMatch(seen::contains)) {
        items.add(item.text());
        frames.addAll(own);
        seen.addAll(own);
      }
    }
    return new Job(String.join(",", items), List.copyOf(frames));
  }

  private static FrameItem single(Random random) {
    int frame = random.nextInt(600) - 100;
    return new FrameItem(write(frame, frame, 1, random), frame, frame, 1);
  }

  /** A generated job: the spec text and the frames it must name. */
  record Job(String text, List<Integer> frames) {
    FrameSpec spec() {
      return FrameSpec.parse(text);
    }
  }
}
