package dev.farmhand.host.panel;

import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JDialog;
import javax.swing.SwingUtilities;

/** Runs test code on the Swing event thread, and finds components by name. */
final class Edt {
  private Edt() {}

  /** Runs on the event thread and answers what it answered; its exception is thrown here. */
  static <T> T call(Callable<T> work) throws Exception {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Exception> failure = new AtomicReference<>();
    try {
      SwingUtilities.invokeAndWait(
          () -> {
            try {
              result.set(work.call());
            } catch (Exception e) {
              failure.set(e);
            }
          });
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("failed on the event thread", e.getCause());
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    return result.get();
  }

  static void run(Runnable work) throws Exception {
    call(
        () -> {
          work.run();
          return null;
        });
  }

  /** The component with this name under {@code root}, depth first. */
  static <T extends Component> T find(Container root, String name, Class<T> type) {
    T found = search(root, name, type);
    if (found == null) {
      throw new AssertionError(
          "no " + type.getSimpleName() + " named '" + name + "' in " + root.getName());
    }
    return found;
  }

  private static <T extends Component> T search(Container root, String name, Class<T> type) {
    for (Component child : root.getComponents()) {
      if (name.equals(child.getName()) && type.isInstance(child)) {
        return type.cast(child);
      }
      if (child instanceof Container container) {
        T found = search(container, name, type);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** A showing dialog with this title, if there is one. */
  static JDialog dialog(String title) {
    for (Window window : Window.getWindows()) {
      if (window instanceof JDialog dialog
          && dialog.isShowing()
          && title.equals(dialog.getTitle())) {
        return dialog;
      }
    }
    return null;
  }
}
