/** The two editions of the portal: the public one, and the one for practitioners that adds restricted case reviews. */
export type Edition = 'public' | 'practitioners'
export const editions: readonly Edition[] = ['public', 'practitioners']
