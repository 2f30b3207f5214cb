package dev.farmhand.host.panel;

import com.formdev.flatlaf.FlatLightLaf;
import dev.farmhand.core.autodownload.AutoDownloader;
import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.download.Downloader;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.Nullable;
import dev.farmhand.core.protocol.Role;
import dev.farmhand.host.scenes.SceneJobs;
import java.awt.BorderLayout;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.JToolBar;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.WindowConstants;

/**
 * The render panel: the farm's "My Jobs" page, live, as a Swing component to put in any window
 * ({@link #create}) or in a window of its own ({@link #open}). It follows the account's push
 * notices, shows every job with its controls and details, and submits scenes through their plugins.
 * Create and use it on the event thread; {@link #close()} stops its threads (the farm client stays
 * the caller's to close).
 */
public final class RenderPanel implements AutoCloseable {
  private final JPanel component = new JPanel(new BorderLayout());
  private final FarmClient client;
  private final PanelOptions options;
  private final ExecutorService background;
  // What the event thread hands to the background: dropped once the panel is closed (the pool then
  // refuses work, and a click on a panel still on screen must not throw on the event thread).
  private final Executor work;
  private final LiveJobs live;
  private final JobsView jobs;
  private final ControlActions controls;
  private final JobDetailView detail;
  private final ResultsStrip results = new ResultsStrip();
  private volatile Role role = Role.USER;
  // Guarded by this: started in the background, closed by close(), whichever comes first.
  private AutoDownloader autoDownloader;
  private boolean closed;
  private SceneJobs scenes;

  private RenderPanel(FarmClient client, String key, PanelOptions options) {
    this.client = Objects.requireNonNull(client, "client");
    this.options = Objects.requireNonNull(options, "options");
    AtomicInteger threads = new AtomicInteger();
    this.background =
        Executors.newFixedThreadPool(
            2,
            r -> {
              Thread thread = new Thread(r, "panel-work-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    this.work =
        task -> {
          if (!background.isShutdown()) {
            background.execute(task);
          }
        };
    PendingChanges changes = new PendingChanges();
    this.live = new LiveJobs(client, Objects.requireNonNull(key, "key"), changes);
    this.jobs = new JobsView(changes, live::link, Clock.systemDefaultZone());
    this.controls =
        new ControlActions(
            jobs::selectedJobs,
            new JobControls(client),
            work,
            results,
            ids -> ids.forEach(live::refreshSoon));
    Downloader downloader = Downloader.builder(client).downloadRoot(options.downloadRoot()).build();
    this.detail =
        new JobDetailView(new JobDetails(client, downloader), work, () -> role, controls::send);
    layOut();
    wire();
    live.start();
    jobs.start();
    background.execute(this::readRole);
    if (options.autoDownload()) {
      background.execute(() -> startAutoDownloader(key, changes));
    }
  }

  /**
   * The panel as a component, for a window of the caller's (a DCC's docked panel).
   *
   * @param key the client's API key: the password of the account's push notices
   * @throws IllegalStateException if not called on the event thread
   */
  public static RenderPanel create(FarmClient client, String key, PanelOptions options) {
    if (!SwingUtilities.isEventDispatchThread()) {
      throw new IllegalStateException(
          "create the render panel on the Swing event thread (SwingUtilities.invokeLater)");
    }
    return new RenderPanel(client, key, options);
  }

  /**
   * The panel in a window of its own, shown; closing the window closes the panel.
   *
   * @param onClosed runs after the window closed (the command line exits there)
   */
  public static RenderPanel open(
      FarmClient client, String key, PanelOptions options, Runnable onClosed) {
    RenderPanel panel = create(client, key, options);
    JFrame frame = new JFrame("Farmhand: My Jobs on " + client.farm());
    frame.setName("farmhand.panel");
    frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
    frame.getContentPane().add(panel.component());
    frame.setSize(1360, 860);
    frame.setLocationByPlatform(true);
    frame.addWindowListener(
        new WindowAdapter() {
          @Override
          public void windowClosed(WindowEvent e) {
            panel.close();
            onClosed.run();
          }
        });
    frame.setVisible(true);
    return panel;
  }

  /** Uses FlatLaf's light look, for a standalone window; a DCC keeps its own look. */
  public static void installLookAndFeel() {
    if (!(UIManager.getLookAndFeel() instanceof FlatLightLaf)) {
      FlatLightLaf.setup();
    }
  }

  /** The component to place in a window. */
  public JComponent component() {
    return component;
  }

  /**
   * Opens Submit on this scene: the DCC's current scene, as its menu entry asks to render it now.
   *
   * @throws IllegalStateException if not called on the event thread
   */
  public void submit(Path scene) {
    if (!SwingUtilities.isEventDispatchThread()) {
      throw new IllegalStateException("open Submit on the Swing event thread");
    }
    openSubmit(scene);
  }

  /**
   * Stops following the farm, the auto-downloader and the background work. Idempotent. A panel
   * still on screen afterwards stays quiet: selecting a row or pressing a control does nothing.
   */
  @Override
  public void close() {
    jobs.stop();
    live.close();
    background.shutdownNow();
    synchronized (this) {
      closed = true;
      if (autoDownloader != null) {
        autoDownloader.close();
        autoDownloader = null;
      }
      if (scenes != null) {
        scenes.close();
        scenes = null;
      }
    }
  }

  private void layOut() {
    JToolBar toolbar = controls.toolbar();
    toolbar.addSeparator();
    JButton submit = new JButton("Submit…");
    submit.setName("submit.open");
    submit.addActionListener(e -> openSubmit(options.scene()));
    toolbar.add(submit);
    JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, jobs, detail);
    split.setResizeWeight(0.6);
    split.setName("split");
    component.setName("renderPanel");
    component.add(toolbar, BorderLayout.NORTH);
    component.add(split, BorderLayout.CENTER);
    component.add(results, BorderLayout.SOUTH);
  }

  private void wire() {
    jobs.table().setComponentPopupMenu(controls.menu());
    jobs.table()
        .getSelectionModel()
        .addListSelectionListener(
            e -> {
              if (!e.getValueIsAdjusting()) {
                selectionChanged();
              }
            });
    jobs.pump()
        .onChanged(
            ids -> {
              controls.update();
              detail.changed(ids);
            });
    jobs.table().addMouseListener(new RightClickSelects(jobs.table()));
  }

  private void selectionChanged() {
    controls.update();
    List<Job> selected = jobs.selectedJobs();
    detail.show(selected.isEmpty() ? null : selected.get(0).id());
  }

  private void readRole() {
    try {
      Role read = client.me().role();
      role = read;
      SwingUtilities.invokeLater(() -> controls.role(read));
    } catch (IOException e) {
      // The banner says the farm does not answer; the controls stay those of a user.
    }
  }

  private void startAutoDownloader(String key, PendingChanges changes) {
    try {
      AutoDownloader started =
          AutoDownloader.builder(client, key)
              .downloadRoot(options.downloadRoot())
              .listener(new DownloadStates(changes))
              .start();
      synchronized (this) {
        if (closed) {
          // The panel closed while it started: it must not keep the folder's lock.
          started.close();
        } else {
          autoDownloader = started;
        }
      }
    } catch (IOException e) {
      String message = e.getMessage();
      SwingUtilities.invokeLater(() -> results.showFailure("Auto-download", message));
    }
  }

  private void openSubmit(@Nullable Path scene) {
    SceneJobs sceneJobs;
    synchronized (this) {
      if (scenes == null) {
        scenes = options.scenes().get();
      }
      sceneJobs = scenes;
    }
    Window owner = SwingUtilities.getWindowAncestor(component);
    new SubmitDialog(
            owner,
            new SceneSubmission(client, sceneJobs),
            work,
            scene,
            job -> live.refreshSoon(job.id()))
        .setVisible(true);
  }

  // For the tests in this package.
  JobsView jobsView() {
    return jobs;
  }

  JobDetailView detailView() {
    return detail;
  }

  ResultsStrip results() {
    return results;
  }

  ControlActions controls() {
    return controls;
  }
}
