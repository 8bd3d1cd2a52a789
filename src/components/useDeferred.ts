/**
 * Data a page fetches after load: a static JSON file of the build (src/site/browse-data.ts), named
 * by a hash of its content. Each file is requested once per page load, again only after a failure.
 */
import {useEffect, useState} from 'react'

const files = new Map<string, Promise<unknown>>()

/** The file at `url`, read by `read` (once per URL: the first caller's reading is shared). */
export function fetchOnce<T>(url: string, read: (json: unknown) => T = (json) => json as T): Promise<T> {
  let file = files.get(url)
  if (!file) {
    file = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`)
        return response.json() as Promise<unknown>
      })
      .then(read)
    file.catch(() => files.delete(url))
    files.set(url, file)
  }
  return file as Promise<T>
}

/** The file at `url` once fetched (nothing is fetched while `url` is null), whether it failed, and a retry. */
export function useDeferred<T>(url: string | null): {data: T | null; failed: boolean; retry: () => void} {
  const [loaded, setLoaded] = useState<{url: string; data: T} | null>(null)
  const [failed, setFailed] = useState(false)
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    if (!url) return
    let live = true
    setFailed(false)
    fetchOnce<T>(url).then(
      (data) => {
        if (live) setLoaded({url, data})
      },
      (error: unknown) => {
        console.warn(`Could not load ${url}`, error)
        if (live) setFailed(true)
      },
    )
    return () => {
      live = false
    }
  }, [url, attempt])
  return {data: loaded && loaded.url === url ? loaded.data : null, failed, retry: () => setAttempt((n) => n + 1)}
}
