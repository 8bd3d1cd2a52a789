/** The embedded search index, written by the portal plugin with createData. */
declare module '@generated/continuum-portal/default/search-index.json' {
  const payload: unknown
  export default payload
}
