/**
 * Whether an environment switch (CONTINUUM_CACHE, CONTINUUM_SERVER) is turned off: `0`, `off`,
 * `false` or `no`, in any case, spaces around ignored. A module of its own, so that the CLI's
 * server client can ask without loading the cache.
 */
export function switchedOff(value: string | undefined): boolean {
  return /^(0|off|false|no)$/i.test((value ?? '').trim())
}
