/**
 * A stand-in for the few Meilisearch endpoints `continuum index` and `continuum search` call, on a
 * loopback port: it checks the key, keeps indexes, settings and documents in memory, answers tasks
 * as succeeded, and records every request so tests can read the payloads. It does not rank: its
 * search returns the stored documents in order, so it tests the contract, not relevance.
 */
import http from 'node:http'
import type {AddressInfo} from 'node:net'

export interface Recorded {
  method: string
  path: string
  authorization?: string
  body?: unknown
}

export interface FakeMeili {
  url: string
  requests: Recorded[]
  indexes: Map<string, {primaryKey: string; settings: Record<string, unknown>; documents: Map<string, Record<string, unknown>>}>
  close(): Promise<void>
}

export async function fakeMeili(keys: {admin: string; search: string}): Promise<FakeMeili> {
  const requests: Recorded[] = []
  const indexes: FakeMeili['indexes'] = new Map()
  let taskUid = 0
  const tasks = new Map<number, Record<string, unknown>>()
  const enqueue = (type: string, indexUid: string) => {
    const uid = ++taskUid
    const task = {taskUid: uid, uid, indexUid, status: 'succeeded', type, enqueuedAt: new Date().toISOString(), error: null}
    tasks.set(uid, task)
    return {taskUid: uid, indexUid, status: 'enqueued', type, enqueuedAt: task.enqueuedAt}
  }
  const handle = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://fake')
    let raw = ''
    for await (const chunk of request) raw += chunk
    const body = raw ? JSON.parse(raw) : undefined
    requests.push({method: request.method ?? 'GET', path: url.pathname + url.search, authorization: request.headers.authorization, body})
    const cors = {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Headers': 'Authorization, Content-Type',
      'Access-Control-Allow-Methods': 'GET, POST, PATCH, DELETE',
    }
    const send = (status: number, payload: unknown) => {
      response.writeHead(status, {'Content-Type': 'application/json', ...cors})
      response.end(JSON.stringify(payload))
    }
    if (request.method === 'OPTIONS') {
      response.writeHead(204, cors)
      return response.end()
    }
    const error = (status: number, code: string, message: string) =>
      send(status, {message, code, type: status === 403 || status === 401 ? 'auth' : 'invalid_request', link: `https://docs.meilisearch.com/errors#${code}`})
    if (url.pathname === '/health') return send(200, {status: 'available'})
    const key = request.headers.authorization?.replace(/^Bearer /, '')
    if (!key) return error(401, 'missing_authorization_header', 'The Authorization header is missing.')
    const isSearch = /\/search$/.test(url.pathname) && request.method === 'POST'
    if (key !== keys.admin && !(isSearch && key === keys.search)) return error(403, 'invalid_api_key', 'The provided API key is invalid.')
    const parts = url.pathname.split('/').filter(Boolean)
    if (parts[0] === 'tasks' && parts[1]) return send(200, tasks.get(Number(parts[1])) ?? {})
    if (parts[0] !== 'indexes') return error(404, 'not_found', 'Not found')
    const uid = parts[1]
    if (!uid && request.method === 'POST') {
      indexes.set(body.uid, {primaryKey: body.primaryKey, settings: {}, documents: new Map()})
      return send(202, enqueue('indexCreation', body.uid))
    }
    const index = uid ? indexes.get(uid) : undefined
    if (!index) return error(404, 'index_not_found', `Index \`${uid}\` not found.`)
    const rest = parts.slice(2).join('/')
    if (rest === '' && request.method === 'GET') return send(200, {uid, primaryKey: index.primaryKey, createdAt: '', updatedAt: ''})
    if (rest === 'settings' && request.method === 'PATCH') {
      Object.assign(index.settings, body)
      return send(202, enqueue('settingsUpdate', uid!))
    }
    if (rest === 'documents' && request.method === 'POST') {
      for (const document of body as Array<Record<string, unknown>>) index.documents.set(String(document[index.primaryKey]), document)
      return send(202, enqueue('documentAdditionOrUpdate', uid!))
    }
    if ((rest === 'documents' && request.method === 'GET') || (rest === 'documents/fetch' && request.method === 'POST')) {
      const offset = Number(url.searchParams.get('offset') ?? body?.offset ?? 0)
      const limit = Number(url.searchParams.get('limit') ?? body?.limit ?? 20)
      const all = [...index.documents.values()].map((document) => ({id: document.id}))
      return send(200, {results: all.slice(offset, offset + limit), offset, limit, total: all.length})
    }
    if (rest === 'documents/delete-batch' && request.method === 'POST') {
      for (const id of body as string[]) index.documents.delete(String(id))
      return send(202, enqueue('documentDeletion', uid!))
    }
    if (rest === 'search' && request.method === 'POST') {
      const hits = [...index.documents.values()].slice(0, body.limit ?? 20).map((document, i) => ({...document, _rankingScore: 1 - i / 100}))
      return send(200, {hits, query: body.q, processingTimeMs: 0, limit: body.limit, offset: 0, estimatedTotalHits: hits.length})
    }
    return error(404, 'not_found', `No fake for ${request.method} ${url.pathname}`)
  }
  const server = http.createServer((request, response) => void handle(request, response))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  return {url: `http://127.0.0.1:${port}`, requests, indexes, close: () => new Promise((resolve) => server.close(() => resolve()))}
}
