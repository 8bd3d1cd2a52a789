/** Typed views of a corpus for tests about the two built-in types. */
import {entriesOf, type Corpus, type Published} from '../../src/content/corpus.js'
import type {CaseData} from '../../src/model/types/case.js'
import type {PracticeData} from '../../src/model/types/practice.js'

export const practicesOf = (corpus: Corpus): Published<PracticeData>[] => entriesOf<PracticeData>(corpus, 'practice')
export const casesOf = (corpus: Corpus): Published<CaseData>[] => entriesOf<CaseData>(corpus, 'case')
