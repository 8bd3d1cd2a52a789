import React from 'react'
import Layout from '@theme/Layout'
import Heading from '@theme/Heading'
import Link from '@docusaurus/Link'
import {fill} from '@site/src/content/editorial/fill'
import ui from '@site/src/content/editorial/ui.en.json'

interface TopicSummary {
  slug: string
  title: string
  description: string
  practices: number
  cases: number
  composites: number
}

/** Editorial text of the page (src/content/editorial). */
interface Text {
  title: string
  description: string
  lead: string
  practices: [string, string]
  cases: [string, string]
}

export default function TopicsIndexPage({topics, text}: {topics: TopicSummary[]; text: Text}): React.JSX.Element {
  const noun = (count: number, [one, many]: [string, string]) => `${count} ${count === 1 ? one : many}`
  const themes = topics.filter((t) => !t.slug.startsWith('recommendation-'))
  const recommendations = topics.filter((t) => t.slug.startsWith('recommendation-'))
  const list = (items: TopicSummary[]) => (
    <ul className="cx-topic-list">
      {items.map((topic) => (
        <li key={topic.slug}>
          <Link to={`/topics/${topic.slug}`}>{topic.title}</Link>
          <span className="cx-muted">
            {' '}
            — {noun(topic.practices, text.practices)}, {noun(topic.cases, text.cases)}
            {topic.composites > 0 ? ` (${fill(ui.home.composites, {count: topic.composites})})` : ''}
          </span>
        </li>
      ))}
    </ul>
  )
  return (
    <Layout title={text.title} description={text.description}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{text.title}</Heading>
        <p className="cx-lead">{text.lead}</p>
        <Heading as="h2">Themes</Heading>
        {list(themes)}
        <Heading as="h2">The paper's recommendations</Heading>
        {list(recommendations)}
      </main>
    </Layout>
  )
}
