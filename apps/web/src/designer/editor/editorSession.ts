/** Carried by an address change that only follows the edited flow's key: the same editor stays open. */
export interface EditorLocationState {
  editorSession: string;
}

export function editorSessionOf(state: unknown): string | null {
  return (state as Partial<EditorLocationState> | null)?.editorSession ?? null;
}
