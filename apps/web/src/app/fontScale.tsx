import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { FONT_SCALES } from './theme';

const SCALE_KEY = 'tongban.fontScale';

interface FontScaleValue {
  scale: number;
  setScale(scale: number): void;
}

const FontScaleContext = createContext<FontScaleValue>({ scale: 0, setScale: () => undefined });

function storedScale(): number {
  const stored = Number(localStorage.getItem(SCALE_KEY) ?? 0);
  return Number.isInteger(stored) && stored >= 0 && stored < FONT_SCALES.length ? stored : 0;
}

/** The text size a person chose (适老化), kept across visits. */
export function FontScaleProvider({ children }: { children: ReactNode }) {
  const [scale, setScale] = useState(storedScale);
  useEffect(() => localStorage.setItem(SCALE_KEY, String(scale)), [scale]);
  return <FontScaleContext.Provider value={{ scale, setScale }}>{children}</FontScaleContext.Provider>;
}

export function useFontScale(): FontScaleValue {
  return useContext(FontScaleContext);
}
