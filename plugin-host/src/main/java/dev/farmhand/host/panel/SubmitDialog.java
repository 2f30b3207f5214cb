package dev.farmhand.host.panel;

import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.sync.Cancellation;
import dev.farmhand.core.sync.SyncProgress;
import dev.farmhand.host.submit.JobOverrides;
import dev.farmhand.host.submit.JobSummary;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import javax.swing.table.DefaultTableModel;

/**
 * The Submit dialog: a scene read through its plugin fills the fields; Preview shows the job that
 * would be sent, resolved, and the dependencies missing here; Submit sends the files (progress,
 * with Cancel) and then the job. Work runs in the background. Used on the event thread only.
 */
final class SubmitDialog extends JDialog {
  private final SceneSubmission submission;
  private final Executor background;
  private final Consumer<Job> submitted;
  private final JTextField scene = new JTextField(36);
  private final SubmitForm form = new SubmitForm();
  private final DefaultTableModel preview = new DefaultTableModel(new Object[] {"", ""}, 0);
  private final JList<String> missing = new JList<>();
  private final JLabel status = new JLabel(" ");
  private final JProgressBar progress = new JProgressBar(0, 1000);
  private final JButton previewButton = new JButton("Preview");
  private final JButton submit = new JButton("Submit");
  private final JButton cancel = new JButton("Close");
  private SceneSubmission.Preview shown;
  private Cancellation sending;

  SubmitDialog(
      Window owner,
      SceneSubmission submission,
      Executor background,
      Path initialScene,
      Consumer<Job> submitted) {
    super(owner, "Submit a render", ModalityType.MODELESS);
    this.submission = submission;
    this.background = background;
    this.submitted = submitted;
    setName("submit");
    scene.setName("submit.scene");
    missing.setName("submit.missing");
    missing.setForeground(new Color(0xb02a2a));
    status.setName("submit.status");
    progress.setName("submit.progress");
    previewButton.setName("submit.preview");
    submit.setName("submit.send");
    cancel.setName("submit.cancel");
    JButton browse = new JButton("Scene…");
    browse.addActionListener(e -> browse());
    scene.addActionListener(e -> readScene());
    previewButton.addActionListener(e -> preview(form.overrides(), false));
    submit.addActionListener(e -> send());
    cancel.addActionListener(e -> cancelOrClose());
    // Closing the window while the job is being sent cancels the upload, as Cancel upload does.
    setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
    addWindowListener(
        new WindowAdapter() {
          @Override
          public void windowClosing(WindowEvent e) {
            if (sending != null) {
              sending.cancel();
            }
          }
        });
    submit.setEnabled(false);

    JPanel sceneRow = new JPanel(new BorderLayout(6, 0));
    sceneRow.add(new JLabel("Scene"), BorderLayout.WEST);
    sceneRow.add(scene, BorderLayout.CENTER);
    sceneRow.add(browse, BorderLayout.EAST);
    JPanel left = new JPanel(new BorderLayout());
    left.add(sceneRow, BorderLayout.NORTH);
    left.add(form, BorderLayout.CENTER);
    left.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
    JTable previewTable = new JTable(preview);
    previewTable.setName("submit.previewTable");
    previewTable.setTableHeader(null);
    previewTable.getColumnModel().getColumn(0).setMaxWidth(110);
    JPanel right = new JPanel(new BorderLayout());
    right.setBorder(BorderFactory.createTitledBorder("The job that would be sent"));
    right.add(new JScrollPane(previewTable), BorderLayout.CENTER);
    JScrollPane missingPane = new JScrollPane(missing);
    missingPane.setBorder(BorderFactory.createTitledBorder("Missing here (left out when sent)"));
    missingPane.setPreferredSize(new Dimension(300, 90));
    right.add(missingPane, BorderLayout.SOUTH);
    JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, right);
    split.setResizeWeight(0.4);
    JPanel bottom = new JPanel(new BorderLayout(6, 4));
    bottom.setBorder(BorderFactory.createEmptyBorder(6, 8, 8, 8));
    bottom.add(status, BorderLayout.NORTH);
    bottom.add(progress, BorderLayout.CENTER);
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
    buttons.add(previewButton);
    buttons.add(submit);
    buttons.add(cancel);
    bottom.add(buttons, BorderLayout.SOUTH);
    getContentPane().add(split, BorderLayout.CENTER);
    getContentPane().add(bottom, BorderLayout.SOUTH);
    setSize(1180, 560);
    setLocationRelativeTo(owner);
    if (initialScene != null) {
      scene.setText(initialScene.toString());
      readScene();
    }
  }

  private void browse() {
    JFileChooser chooser = new JFileChooser();
    if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
      scene.setText(chooser.getSelectedFile().toString());
      readScene();
    }
  }

  /** Reads the scene as it is, and fills the fields from the job it makes. */
  void readScene() {
    preview(JobOverrides.NONE, true);
  }

  private void preview(JobOverrides overrides, boolean fill) {
    String file = scene.getText().strip();
    if (file.isEmpty()) {
      status.setText("Choose the scene to render.");
      return;
    }
    status.setText("Reading " + file + " through its plugin…");
    previewButton.setEnabled(false);
    submit.setEnabled(false);
    background.execute(
        () -> {
          try {
            SceneSubmission.Preview made = submission.preview(Path.of(file), overrides);
            SwingUtilities.invokeLater(() -> showPreview(made, fill));
          } catch (Exception e) {
            SwingUtilities.invokeLater(() -> showProblem(e));
          }
        });
  }

  private void showPreview(SceneSubmission.Preview made, boolean fill) {
    shown = made;
    if (fill) {
      form.fill(made.job());
    }
    preview.setRowCount(0);
    made.rows().forEach(row -> preview.addRow(row.toArray()));
    missing.setListData(made.missing().toArray(new String[0]));
    status.setText(
        made.missing().isEmpty()
            ? "Ready to send."
            : made.missing().size() + " dependencies are missing here: they are left out.");
    previewButton.setEnabled(true);
    submit.setEnabled(true);
  }

  private void showProblem(Exception e) {
    shown = null;
    preview.setRowCount(0);
    status.setText(e.getMessage() != null ? e.getMessage() : e.toString());
    previewButton.setEnabled(true);
  }

  private void send() {
    if (shown == null) {
      return;
    }
    SceneSubmission.Preview toSend = shown;
    Cancellation cancellation = new Cancellation();
    sending = cancellation;
    submit.setEnabled(false);
    previewButton.setEnabled(false);
    cancel.setText("Cancel upload");
    status.setText("Sending…");
    background.execute(
        () -> {
          try {
            Job job =
                submission.submit(
                    toSend.job(),
                    p -> SwingUtilities.invokeLater(() -> showProgress(p)),
                    cancellation);
            SwingUtilities.invokeLater(() -> sent(job));
          } catch (Exception e) {
            SwingUtilities.invokeLater(() -> notSent(e, cancellation.isCancelled()));
          }
        });
  }

  private void showProgress(SyncProgress p) {
    progress.setValue(
        p.bytesTotal() == 0 ? 1000 : (int) (1000 * p.bytesDone() / Math.max(1, p.bytesTotal())));
    status.setText(
        p.phase().name().toLowerCase(Locale.ROOT)
            + ": "
            + p.filesDone()
            + "/"
            + p.filesTotal()
            + " files, "
            + JobSummary.bytes(p.bytesDone())
            + " of "
            + JobSummary.bytes(p.bytesTotal())
            + p.timeLeft().map(t -> ", " + JobTimes.text(t) + " left").orElse(""));
  }

  private void sent(Job job) {
    sending = null;
    progress.setValue(1000);
    status.setText("Submitted as " + job.id() + ".");
    cancel.setText("Close");
    submitted.accept(job);
  }

  private void notSent(Exception e, boolean cancelled) {
    sending = null;
    cancel.setText("Close");
    submit.setEnabled(true);
    previewButton.setEnabled(true);
    status.setText(
        cancelled
            ? "Cancelled: nothing was submitted; what was uploaded is kept for next time."
            : "Not sent: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
  }

  private void cancelOrClose() {
    if (sending != null) {
      sending.cancel();
      status.setText("Cancelling…");
    } else {
      dispose();
    }
  }

  /** What the preview shows, as (name, value) rows (for tests). */
  List<List<String>> previewRows() {
    return shown == null ? List.of() : shown.rows();
  }

  SubmitForm form() {
    return form;
  }
}
