/**
 * Keys remembered until they expire, at most `max` at once: replayed request IDs and pending
 * sign-ins. When full of live entries it refuses new ones rather than forgetting any early, so a
 * flood can neither grow memory nor make an old request ID acceptable again.
 */
export function createExpiringMap<V>(options: { readonly max: number; readonly ttlMs: number }) {
  const entries = new Map<string, { value: V; expiresAt: number }>();
  const sweep = (now: number) => {
    for (const [key, entry] of entries) if (entry.expiresAt <= now) entries.delete(key);
  };
  return {
    /** Adds `key`; `'taken'` when it is already there (alive), `'full'` when no room is left. */
    add(key: string, value: V, now = Date.now()): 'added' | 'taken' | 'full' {
      const existing = entries.get(key);
      if (existing !== undefined && existing.expiresAt > now) return 'taken';
      if (entries.size >= options.max) sweep(now);
      if (entries.size >= options.max) return 'full';
      entries.set(key, { value, expiresAt: now + options.ttlMs });
      return 'added';
    },
    /** The live value of `key`, left in place, or `undefined`. */
    peek(key: string, now = Date.now()): V | undefined {
      const entry = entries.get(key);
      return entry !== undefined && entry.expiresAt > now ? entry.value : undefined;
    },
    /** The live value of `key`, removed (a one-time use), or `undefined`. */
    take(key: string, now = Date.now()): V | undefined {
      const entry = entries.get(key);
      entries.delete(key);
      return entry !== undefined && entry.expiresAt > now ? entry.value : undefined;
    },
    get size() {
      return entries.size;
    },
  };
}
