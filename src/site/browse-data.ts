/**
 * Deferred data as build files: the landing pages' table of every card (src/content/browse-data.ts), the
 * compare pages' rows and the source of the briefing of a filter,
 * written as a static JSON file whose name holds a hash of its content, so that a host may cache it
 * for ever, and the inline data that points at it under the site's base URL.
 */
import {createHash} from 'node:crypto'
import {type BrowseFirst, splitBrowser} from '../content/browse-data.js'
import type {Browser} from '../content/views.js'
import {typeOf} from '../model/types/index.js'

/** The folder of the deferred files, under the build's output folder and the base URL. */
export const browseDataFolder = 'assets/data'

export interface BrowseFile {
  /** Path under the output folder, with `/`. */
  name: string
  text: string
}

/** A value written as a deferred file `<folder>/<stem>.<hash>.json`, and its URL under the base URL. */
export function deferredFile(stem: string, value: unknown, baseUrl: string): {url: string; file: BrowseFile} {
  const text = JSON.stringify(value)
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 12)
  const name = `${browseDataFolder}/${stem}.${hash}.json`
  return {url: `${baseUrl}${name}`, file: {name, text}}
}

/** What a landing page ships inline, and the file it fetches after load. */
export function browseData(view: Browser, baseUrl: string, options: {firstPage?: number} = {}): {first: BrowseFirst; file: BrowseFile} {
  const {first, table} = splitBrowser(view, options)
  const {url, file} = deferredFile(`browse-${typeOf(view.type)!.folder}`, table, baseUrl)
  return {first: {...first, table: url}, file}
}
