import React from 'react'
import Layout from '@theme/Layout'
import Heading from '@theme/Heading'
import Link from '@docusaurus/Link'

interface TopicSummary {
  slug: string
  title: string
  description: string
  practices: number
  cases: number
}

export default function TopicsIndexPage({topics}: {topics: TopicSummary[]}): React.JSX.Element {
  const themes = topics.filter((t) => !t.slug.startsWith('recommendation-'))
  const recommendations = topics.filter((t) => t.slug.startsWith('recommendation-'))
  const list = (items: TopicSummary[]) => (
    <ul className="cx-topic-list">
      {items.map((topic) => (
        <li key={topic.slug}>
          <Link to={`/topics/${topic.slug}`}>{topic.title}</Link>
          <span className="cx-muted"> — {topic.practices} {topic.practices === 1 ? 'practice' : 'practices'}, {topic.cases} {topic.cases === 1 ? 'case review' : 'case reviews'}</span>
        </li>
      ))}
    </ul>
  )
  return (
    <Layout title="Topics" description="Practices and case reviews side by side, by theme and by recommendation of the RAN paper.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Topics</Heading>
        <p className="cx-lead">Practices and case reviews side by side: the questions practitioners bring from the RAN conclusion paper on released VETOs, and each of its thirteen recommendations.</p>
        <Heading as="h2">Themes</Heading>
        {list(themes)}
        <Heading as="h2">The paper's recommendations</Heading>
        {list(recommendations)}
      </main>
    </Layout>
  )
}
