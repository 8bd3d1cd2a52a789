/**
 * Not a rule: the helpers that once lived with the links/* rules, re-exported for the modules that
 * still import them from here (the corpus reader, the site setup, submit, the validation worker).
 * New code imports them from `src/validate/links.ts`.
 */
export {linksOf, slugOf} from '../../links.js'
