/**
 * A function of one object, computed once for each object and kept while the object lives: a
 * disclosure's views (its overview, tables, treemaps, signals) are asked for by each of its pages,
 * and a build renders thousands of them.
 */
export function perObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const computed = new WeakMap<K, V>();
  return (key) => {
    if (computed.has(key)) return computed.get(key) as V;
    const value = compute(key);
    computed.set(key, value);
    return value;
  };
}
