package dev.farmhand.host.panel;

import dev.farmhand.core.submit.JobSpec;
import dev.farmhand.host.submit.JobOverrides;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;

/**
 * The fields of the Submit dialog: title, frames, chunk, scouts, priority, preemptible, retries and
 * output folder; filled from the job a scene makes, read back as the user's changes. Used on the
 * event thread only.
 */
final class SubmitForm extends JPanel {
  final JTextField title = field("submit.title");
  final JTextField frames = field("submit.frames");
  final JSpinner chunk = spinner("submit.chunk", 1, 1, 10_000);
  final JTextField scouts = field("submit.scouts");
  final JSpinner priority = spinner("submit.priority", 50, 0, 100);
  final JCheckBox preemptible = new JCheckBox("may run on instances the farm can take away");
  final JSpinner retriesPreempted = spinner("submit.retriesPreempted", 2, 0, 100);
  final JSpinner retriesFailed = spinner("submit.retriesFailed", 1, 0, 100);
  final JTextField output = field("submit.output");
  private int row;

  SubmitForm() {
    super(new GridBagLayout());
    preemptible.setName("submit.preemptible");
    scouts.putClientProperty("JTextField.placeholderText", "none, 1,50,100 or auto:3");
    add("Title", title);
    add("Frames", frames);
    add("Frames per task", chunk);
    add("Scout frames", scouts);
    add("Priority", priority);
    add("Preemptible", preemptible);
    add("Retries after preemption", retriesPreempted);
    add("Retries after failure", retriesFailed);
    add("Output folder", output);
    GridBagConstraints rest = new GridBagConstraints();
    rest.gridy = row;
    rest.weighty = 1;
    super.add(new JPanel(), rest);
  }

  /** Shows the job a scene made. */
  void fill(JobSpec job) {
    title.setText(job.title());
    frames.setText(job.frames().text());
    chunk.setValue(job.chunk());
    scouts.setText(job.scouts() == null ? "" : job.scouts());
    priority.setValue(job.priority());
    preemptible.setSelected(job.preemptible());
    retriesPreempted.setValue(job.retries().preempted());
    retriesFailed.setValue(job.retries().failed());
    output.setText(job.outputDir() == null ? "" : job.outputDir());
  }

  /** What the fields say, as changes to the scene's job; an empty text leaves the scene's. */
  JobOverrides overrides() {
    return new JobOverrides(
        text(title),
        text(frames),
        (Integer) chunk.getValue(),
        text(scouts),
        (Integer) priority.getValue(),
        preemptible.isSelected(),
        (Integer) retriesPreempted.getValue(),
        (Integer) retriesFailed.getValue(),
        text(output));
  }

  private static String text(JTextField field) {
    String text = field.getText().strip();
    return text.isEmpty() ? null : text;
  }

  private void add(String label, JComponent field) {
    GridBagConstraints at = new GridBagConstraints();
    at.gridy = row++;
    at.insets = new Insets(3, 4, 3, 4);
    at.anchor = GridBagConstraints.LINE_START;
    super.add(new JLabel(label), at);
    at.gridx = 1;
    at.weightx = 1;
    at.fill = GridBagConstraints.HORIZONTAL;
    super.add(field, at);
  }

  private static JTextField field(String name) {
    JTextField field = new JTextField(24);
    field.setName(name);
    return field;
  }

  private static JSpinner spinner(String name, int value, int min, int max) {
    JSpinner spinner = new JSpinner(new SpinnerNumberModel(value, min, max, 1));
    spinner.setName(name);
    return spinner;
  }
}
