import { useEffect, useEffectEvent } from 'react';

export interface ShortcutHandlers {
  undo(): void;
  redo(): void;
  deleteSelection(): void;
  copy(): void;
  cut(): void;
  paste(): void;
  duplicate(): void;
  save(): void;
  layout(): void;
  fit(): void;
  clearSelection(): void;
}

/**
 * A text field keeps its own keys: Ctrl+Z there undoes typing, not the canvas (n8n shouldIgnoreCanvasShortcut).
 * Ctrl+S saves from anywhere, so the browser's "save page" never opens over the designer.
 */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
}

function handlerFor(event: KeyboardEvent, h: ShortcutHandlers): (() => void) | null {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (mod && key === 'z') return event.shiftKey ? h.redo : h.undo;
  if (mod && key === 'y') return h.redo;
  if (mod && key === 'c') return h.copy;
  if (mod && key === 'x') return h.cut;
  if (mod && key === 'v') return h.paste;
  if (mod && key === 'd') return h.duplicate;
  if (mod && key === 's') return h.save;
  if (mod && key === '1') return h.fit;
  if (event.shiftKey && event.altKey && event.code === 'KeyT') return h.layout;
  if (!mod && (event.key === 'Delete' || event.key === 'Backspace')) return h.deleteSelection;
  if (event.key === 'Escape') return h.clearSelection;
  return null;
}

/** The designer's keyboard map (ux-designer.md §5.6), active while `enabled`. */
export function useShortcuts(handlers: ShortcutHandlers, enabled: boolean) {
  // Reads the newest handlers when a key is pressed, without re-subscribing on every render.
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    const saving = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's';
    if (typingIn(event.target) && !saving) return;
    // A modal dialog (publish confirmation, publish gate, version compare) owns the keyboard while it is open.
    if (document.querySelector('dialog[open], [role="dialog"][aria-modal="true"]')) return;
    const handler = handlerFor(event, handlers);
    if (!handler) return;
    event.preventDefault();
    handler();
  });
  useEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [enabled]);
}
