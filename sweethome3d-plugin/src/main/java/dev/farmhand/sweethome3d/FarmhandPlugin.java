package dev.farmhand.sweethome3d;

import com.eteks.sweethome3d.plugin.Plugin;
import com.eteks.sweethome3d.plugin.PluginAction;

/**
 * Farmhand inside Sweet Home 3D: one action, Tools &gt; Render on Farmhand…, for the home of the
 * window it belongs to. Sweet Home 3D makes one instance per home window, named in {@code
 * ApplicationPlugin.properties}, and calls it on its event thread.
 */
public final class FarmhandPlugin extends Plugin {
  @Override
  public PluginAction[] getActions() {
    return new PluginAction[] {new RenderOnFarmhandAction(this)};
  }
}
