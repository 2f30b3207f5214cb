package dev.farmhand.sweethome3d;

import com.eteks.sweethome3d.plugin.Plugin;
import com.eteks.sweethome3d.plugin.PluginAction;

/**
 * Farmhand inside Sweet Home 3D: one action, Tools &gt; Render on Farmhand…, for the home of the
 * window it belongs to. Sweet Home 3D makes one instance per home window, named in {@code
 * ApplicationPlugin.properties}, and calls it on its event thread; when the home is closed it calls
 * {@link #destroy()}, which closes the home's render panel.
 */
public final class FarmhandPlugin extends Plugin {
  private RenderOnFarmhandAction action;

  @Override
  public PluginAction[] getActions() {
    if (action == null) {
      action = new RenderOnFarmhandAction(this);
    }
    return new PluginAction[] {action};
  }

  /** The home was closed: its render panel closes too, with its threads and farm connection. */
  @Override
  public void destroy() {
    if (action != null) {
      action.homeClosed();
    }
  }
}
