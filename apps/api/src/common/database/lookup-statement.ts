const ORDINAL = '__lookup';

/**
 * One statement answering a single-lookup statement for many argument lists: the lists come in as one array per
 * parameter, unnested side by side, and the original statement runs once per list as a LATERAL subquery, so
 * each list still gets its own index lookups (never a join planned for one list size). Each row carries the
 * 1-based position of its list in the `ordinal` column.
 */
export function lookupStatement(text: string, types: string[]): { sql: string; ordinal: string } {
  const columns = types.map((_, i) => `p${i + 1}`);
  const arrays = types.map((type, i) => `$${i + 1}::${type}[]`);
  const inner = text.replace(/\$(\d+)(?!\d)/g, (_, n: string) => {
    if (Number(n) > types.length) throw new Error(`lookup statement uses $${n} but has ${types.length} types`);
    return `r.p${n}`;
  });
  return {
    sql: `SELECT q.*, r.${ORDINAL} AS "${ORDINAL}"
          FROM unnest(${arrays.join(', ')}) WITH ORDINALITY AS r(${columns.join(', ')}, ${ORDINAL})
          CROSS JOIN LATERAL (${inner}) q`,
    ordinal: ORDINAL,
  };
}
