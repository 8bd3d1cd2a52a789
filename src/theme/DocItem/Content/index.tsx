/**
 * Entry pages: the title, then the structured header rendered from the entry's front matter, then
 * the Markdown body. (Replaces the classic theme's DocItem/Content, which shows only title and body.)
 */
import React from 'react'
import clsx from 'clsx'
import {ThemeClassNames} from '@docusaurus/theme-common'
import {useDoc} from '@docusaurus/plugin-content-docs/client'
import Heading from '@theme/Heading'
import Head from '@docusaurus/Head'
import MDXContent from '@theme/MDXContent'
import EntryHeader from '@site/src/components/EntryHeader'
import EntryRecord from '@site/src/components/EntryRecord'
import type {Header} from '@site/src/content/views'

export default function DocItemContent({children}: {children: React.ReactNode}): React.JSX.Element {
  const {metadata, frontMatter, contentTitle} = useDoc()
  const header = (frontMatter as {continuum?: Header}).continuum
  return (
    <div className={clsx(ThemeClassNames.docs.docMarkdown, 'markdown')}>
      {header?.record ? (
        // Highwire Press and Dublin Core tags: what reference managers (Zotero, Mendeley) read.
        <Head>
          {header.record.cite.meta.map((tag, index) => (
            <meta key={index} name={tag.name} content={tag.content} />
          ))}
        </Head>
      ) : null}
      {contentTitle === undefined ? (
        <header>
          <Heading as="h1">{metadata.title}</Heading>
        </header>
      ) : null}
      {header ? <EntryHeader header={header} /> : null}
      {header ? <hr className="cx-rule" /> : null}
      <MDXContent>{children}</MDXContent>
      {header?.record ? <EntryRecord record={header.record} id={header.id} /> : null}
    </div>
  )
}
