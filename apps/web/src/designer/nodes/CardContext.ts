import { createContext, useContext } from 'react';

export interface CardContextValue {
  departmentName: (code: string) => string;
  userName: (username: string) => string;
  /** Present only on the editable canvas: cards then offer a ✕. */
  onDelete?: (nodeId: string) => void;
  /** The applicant's progress view: no "please set" placeholders and no validation problems (designer hints). */
  hideHints?: boolean;
}

const identity = (value: string) => value;

export const CardContext = createContext<CardContextValue>({ departmentName: identity, userName: identity });

export const useCardContext = () => useContext(CardContext);
