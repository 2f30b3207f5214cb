package dev.farmhand.sweethome3d;

import java.awt.Component;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;

/**
 * The one place where the Sweet Home 3D plugin meets Farmhand's render panel, which is built apart
 * and may not be there: when the class {@value #PANEL_CLASS} is on the class path with a public
 * static method {@value #PANEL_METHOD}{@code (java.nio.file.Path scene, java.awt.Component
 * parent)}, the menu entry opens the panel on the home's copy instead of submitting it at once. It
 * is called from a thread that is not the event thread: the panel moves its Swing work there.
 * Stateless.
 */
final class RenderPanelHook {
  /** The render panel's entry point for a DCC: a scene file and the window to open it over. */
  static final String PANEL_CLASS = "dev.farmhand.host.panel.RenderPanel";

  static final String PANEL_METHOD = "openFor";

  private RenderPanelHook() {}

  /**
   * Opens the render panel on {@code scene} and returns true, or returns false when Farmhand has no
   * panel (yet).
   *
   * @throws IllegalStateException if the panel is there but failed to open, with its reason
   */
  static boolean open(Path scene, Component parent) {
    Method open;
    try {
      open =
          Class.forName(PANEL_CLASS, true, RenderPanelHook.class.getClassLoader())
              .getMethod(PANEL_METHOD, Path.class, Component.class);
    } catch (ClassNotFoundException | NoSuchMethodException e) {
      return false;
    }
    try {
      open.invoke(null, scene, parent);
      return true;
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(
          "Farmhand's render panel failed to open: " + e.getCause().getMessage(), e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(
          PANEL_CLASS + "." + PANEL_METHOD + " is not public: the panel cannot be opened", e);
    }
  }
}
