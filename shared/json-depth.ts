/**
 * True when containers nest deeper than `limit` in a JSON-like value: a scalar is 0 deep, `{}` and
 * `[]` are 1, `{"a":{}}` is 2. Walks without recursion, and stops as soon as the limit is passed,
 * so a hostile value cannot exhaust the stack. Matches `private.config_too_deep` in SQL.
 */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, above] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    const depth = above + 1;
    if (depth > limit) return true;
    for (const child of Object.values(item)) stack.push([child, depth]);
  }
  return false;
}

/** How deep the non-secret settings of an integration may nest, here and in the database. */
export const CONFIG_DEPTH_LIMIT = 8;
