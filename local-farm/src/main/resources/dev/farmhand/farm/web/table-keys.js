// The jobs table's keys: ↑ ↓ Home End PageUp PageDown move (Shift extends, Ctrl moves alone),
// Space toggles, Ctrl+A selects every shown row, Escape clears, Enter opens, Shift+F10 or the
// menu key opens the controls.

export function tableKey(table, e) {
  const ids = table.visibleIds();
  if (ids.length === 0) return;
  const at = ids.indexOf(table.active);
  const move = (to) => {
    const id = ids[Math.max(0, Math.min(ids.length - 1, to))];
    if (e.shiftKey) table.select(table.range(table.anchor || id, id));
    else if (!(e.ctrlKey || e.metaKey)) {
      table.select([id]);
      table.anchor = id;
    }
    table.setActive(id);
  };
  switch (e.key) {
    case 'ArrowDown': move(at < 0 ? 0 : at + 1); break;
    case 'ArrowUp': move(at < 0 ? 0 : at - 1); break;
    case 'Home': move(0); break;
    case 'End': move(ids.length - 1); break;
    case 'PageDown': move(at + 15); break;
    case 'PageUp': move(at - 15); break;
    case ' ': {
      if (at < 0) { move(0); break; }
      const next = new Set(table.selected);
      if (next.has(table.active)) next.delete(table.active);
      else next.add(table.active);
      table.select(next);
      table.anchor = table.active;
      break;
    }
    case 'a':
    case 'A':
      if (!(e.ctrlKey || e.metaKey)) return;
      table.select(ids);
      break;
    case 'Escape': table.select([]); break;
    case 'Enter': if (table.active) table.handlers.onOpen(table.active); break;
    case 'ContextMenu': table.menuAtActive(); break;
    case 'F10': if (!e.shiftKey) return; table.menuAtActive(); break;
    default: return;
  }
  e.preventDefault();
}
