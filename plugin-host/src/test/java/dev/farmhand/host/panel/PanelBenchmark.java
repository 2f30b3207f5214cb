package dev.farmhand.host.panel;

import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.status.JobStatus;
import java.awt.Component;
import java.awt.EventQueue;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.RepaintManager;
import javax.swing.RowSorter;
import javax.swing.SortOrder;
import javax.swing.table.DefaultTableModel;
import javax.swing.table.TableCellRenderer;
import javax.swing.table.TableRowSorter;

/**
 * The render panel's jobs view under load, on a real (virtual) display: {@code --jobs} jobs
 * (10,000) from an in-memory farm served as JSON pages and parsed as the client parses them; then
 * {@code --rate} status changes a second (200) for {@code --seconds} (60), as synthetic notices and
 * job reads fed to the coalescer, with the table sorted by status so rows move. Prints the time to
 * first paint against a bare JTable showing the same rows as text, and the longest time the event
 * thread was blocked (an {@link EdtProbe}) during the storm against the same probe on the idle
 * event thread in the same run. Target: the longest block under 50 ms.
 */
public final class PanelBenchmark {
  private PanelBenchmark() {}

  public static void main(String[] args) throws Exception {
    int jobs = 10_000;
    int rate = 200;
    int seconds = 60;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--jobs" -> jobs = Integer.parseInt(args[++i]);
        case "--rate" -> rate = Integer.parseInt(args[++i]);
        case "--seconds" -> seconds = Integer.parseInt(args[++i]);
        default ->
            throw new IllegalArgumentException(
                "unknown argument " + args[i] + ": use --jobs N, --rate PER_SECOND, --seconds S");
      }
    }
    EventQueue.invokeAndWait(RenderPanel::installLookAndFeel);
    AtomicLong longestPaint = new AtomicLong();
    EventQueue.invokeAndWait(
        () ->
            RepaintManager.setCurrentManager(
                new RepaintManager() {
                  @Override
                  public void paintDirtyRegions() {
                    long start = System.nanoTime();
                    super.paintDirtyRegions();
                    longestPaint.accumulateAndGet(System.nanoTime() - start, Math::max);
                  }
                }));
    System.out.printf(
        "render panel benchmark: %,d jobs from an in-memory farm (GET /jobs pages of 1000 as JSON,"
            + " parsed by the client's Json), then %d status changes/s for %d s as synthetic"
            + " notices and job reads into the coalescer; Java %s%n",
        jobs, rate, seconds, System.getProperty("java.version"));
    List<byte[]> pages = SyntheticFarm.pages(jobs, 42);

    double idle;
    double idleP99;
    long idleLate;
    int idleSamples;
    int idleSeconds = Math.min(seconds, 30);
    try (EdtProbe probe = new EdtProbe().start()) {
      Thread.sleep(idleSeconds * 1000L);
      idle = probe.maxMs();
      idleP99 = probe.p99Ms();
      idleLate = probe.laterThan(50);
      idleSamples = probe.samples();
    }

    double bare = bareFirstPaint(SyntheticFarm.read(pages));
    PendingChanges changes = new PendingChanges();
    JobsView[] view = new JobsView[1];
    JFrame[] frame = new JFrame[1];
    long[] painted = {0};
    CountDownLatch firstPaint = new CountDownLatch(1);
    EventQueue.invokeAndWait(
        () -> {
          view[0] = new JobsView(changes, () -> LinkState.LIVE, Clock.systemDefaultZone());
          JTable table = view[0].table();
          table.setDefaultRenderer(
              JobStatus.class,
              onFirstUse(table.getDefaultRenderer(JobStatus.class), painted, firstPaint));
          frame[0] = new JFrame("panel benchmark");
          frame[0].getContentPane().add(view[0]);
          frame[0].setBounds(0, 0, 1360, 860);
          frame[0].setVisible(true);
          view[0].start();
        });
    long opened = System.nanoTime();
    changes.reload(SyntheticFarm.read(pages));
    if (!firstPaint.await(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the panel painted no row within 60 s");
    }
    double panelPaint = (painted[0] - opened) / 1e6;
    EventQueue.invokeAndWait(
        () ->
            view[0]
                .table()
                .getRowSorter()
                .setSortKeys(
                    List.of(
                        new RowSorter.SortKey(JobColumn.STATUS.ordinal(), SortOrder.ASCENDING))));

    List<Job> known = SyntheticFarm.read(pages);
    AtomicLong sent = new AtomicLong();
    Random random = new Random(7);
    ScheduledExecutorService notices = Executors.newSingleThreadScheduledExecutor();
    long periodMicros = 1_000_000L / rate;
    double busy;
    double busyP99;
    long busyLate;
    int samples;
    longestPaint.set(0);
    try (EdtProbe probe = new EdtProbe().start()) {
      notices.scheduleAtFixedRate(
          () -> {
            Job job = known.get(random.nextInt(known.size()));
            JobStatus status = JobStatus.values()[random.nextInt(JobStatus.values().length)];
            changes.add(RowChange.status(job.id(), status));
            if (sent.incrementAndGet() % 2 == 0) {
              changes.add(RowChange.job(JobsTableModel.withStatus(job, status)));
            }
          },
          0,
          periodMicros,
          TimeUnit.MICROSECONDS);
      Thread.sleep(seconds * 1000L);
      notices.shutdownNow();
      busy = probe.maxMs();
      busyP99 = probe.p99Ms();
      busyLate = probe.laterThan(50);
      samples = probe.samples();
    }
    long[] applied = new long[3];
    EventQueue.invokeAndWait(
        () -> {
          view[0].pump().flush();
          applied[0] = view[0].pump().batches();
          applied[1] = view[0].pump().jobsChanged();
          applied[2] = view[0].pump().longestFlushNanos();
          view[0].stop();
          frame[0].dispose();
        });

    System.out.printf(
        "time to first paint, %,d jobs: panel %.0f ms (pages parsed, rows made and sorted, first row"
            + " painted); bare JTable with the same rows as text %.0f ms; ratio %.2fx%n",
        jobs, panelPaint, bare, panelPaint / bare);
    System.out.printf(
        "longest event-thread block: %.1f ms during the %d s storm (p99 %.1f ms; %d of %d probes"
            + " later than 50 ms); idle event thread, %d s before it: %.1f ms (p99 %.1f ms; %d of"
            + " %d); ratio %.1fx; target under 50 ms: %s%n",
        busy,
        seconds,
        busyP99,
        busyLate,
        samples,
        idleSeconds,
        idle,
        idleP99,
        idleLate,
        idleSamples,
        busy / Math.max(idle, 0.001),
        busy < 50 ? "met" : "NOT met");
    System.out.printf(
        "notices sent %,d (%,d changes with the job reads) in %d s; table updated in %,d batches,"
            + " %,d row changes; on the event thread the longest batch took %.1f ms and the"
            + " longest repaint %.1f ms%n",
        sent.get(),
        sent.get() + sent.get() / 2,
        seconds,
        applied[0],
        applied[1],
        applied[2] / 1e6,
        longestPaint.get() / 1e6);
    System.exit(0);
  }

  /** A bare JTable: the same rows as text in a DefaultTableModel, sorted the same way. */
  private static double bareFirstPaint(List<Job> jobs) throws Exception {
    long[] painted = {0};
    CountDownLatch firstPaint = new CountDownLatch(1);
    JFrame[] frame = new JFrame[1];
    long start = System.nanoTime();
    EventQueue.invokeAndWait(
        () -> {
          DefaultTableModel model =
              new DefaultTableModel(
                  new Object[] {
                    "Status",
                    "Title",
                    "Job",
                    "Frames",
                    "Failed",
                    "Running",
                    "Priority",
                    "Submitted",
                    "Elapsed",
                    "Render time",
                    "Download"
                  },
                  0);
          for (Job job : jobs) {
            model.addRow(
                new Object[] {
                  job.status().label(),
                  job.title(),
                  job.id(),
                  FramesBar.text(job.stats()),
                  job.stats().framesFailed(),
                  job.stats().framesRunning(),
                  job.priority(),
                  job.submittedAt().toString(),
                  "",
                  "",
                  ""
                });
          }
          JTable table = new JTable(model);
          TableRowSorter<DefaultTableModel> sorter = new TableRowSorter<>(model);
          sorter.setSortKeys(List.of(new RowSorter.SortKey(7, SortOrder.DESCENDING)));
          table.setRowSorter(sorter);
          table.setDefaultRenderer(
              Object.class,
              onFirstUse(table.getDefaultRenderer(Object.class), painted, firstPaint));
          frame[0] = new JFrame("bare table");
          frame[0].getContentPane().add(new JScrollPane(table));
          frame[0].setBounds(0, 0, 1360, 860);
          frame[0].setVisible(true);
        });
    if (!firstPaint.await(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the bare table painted no row within 60 s");
    }
    EventQueue.invokeAndWait(() -> frame[0].dispose());
    return (painted[0] - start) / 1e6;
  }

  private static TableCellRenderer onFirstUse(
      TableCellRenderer renderer, long[] painted, CountDownLatch firstPaint) {
    return (table, value, selected, focused, row, column) -> {
      if (painted[0] == 0) {
        painted[0] = System.nanoTime();
        firstPaint.countDown();
      }
      Component component =
          renderer.getTableCellRendererComponent(table, value, selected, focused, row, column);
      return component;
    };
  }
}
