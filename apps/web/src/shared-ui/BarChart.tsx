export interface Bar {
  key: string;
  label: string;
  value: number | null;
  display: string;
  tone?: 'normal' | 'yellow' | 'red' | 'info';
}

/**
 * Horizontal bars drawn with CSS: the numbers stay text (screen readers and Ctrl+F find them), the bar is
 * decoration. `max` fixes the scale (1 for rates).
 */
export function BarChart({ title, bars, max }: { title: string; bars: Bar[]; max?: number }) {
  const scale = max ?? Math.max(1, ...bars.map((bar) => bar.value ?? 0));
  return (
    <figure className="ui-bars">
      <figcaption>{title}</figcaption>
      <dl>
        {bars.map((bar) => (
          <div key={bar.key} className="ui-bars__row">
            <dt>{bar.label}</dt>
            <dd>
              <span className="ui-bars__track" aria-hidden="true">
                <span
                  className={`ui-bars__bar ui-bars__bar--${bar.tone ?? 'info'}`}
                  style={{ width: `${Math.max(0, Math.min(1, (bar.value ?? 0) / scale)) * 100}%` }}
                />
              </span>
              <span className="ui-bars__value">{bar.display}</span>
            </dd>
          </div>
        ))}
      </dl>
    </figure>
  );
}
