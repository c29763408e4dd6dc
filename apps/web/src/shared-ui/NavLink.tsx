import type { MouseEvent, ReactNode } from 'react';
import { navigate, usePath } from '../app/router';

/** A client-side link that marks itself as the current page (aria-current) when its path is open. */
export function NavLink({
  to,
  children,
  exact = false,
  className = '',
}: {
  to: string;
  children: ReactNode;
  exact?: boolean;
  className?: string;
}) {
  const path = usePath();
  const current = exact ? path === to : path === to || path.startsWith(`${to}/`);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(to);
    window.scrollTo(0, 0);
  };
  return (
    <a href={to} onClick={onClick} className={className} aria-current={current ? 'page' : undefined}>
      {children}
    </a>
  );
}
