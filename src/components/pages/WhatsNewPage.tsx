/** /whats-new: the latest new, changed and reviewed entries, newest first, with the change's subject. */
import React from 'react'
import Layout from '@theme/Layout'
import Heading from '@theme/Heading'
import Link from '@docusaurus/Link'
import type {NewsItem} from '@site/src/content/views/whats-new'
import {fill} from '@site/src/content/editorial/fill'
import ui from '@site/src/content/editorial/ui.en.json'

const text = ui.whatsNew

export default function WhatsNewPage({news}: {news: NewsItem[]}): React.JSX.Element {
  return (
    <Layout title={text.title} description={text.description}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{text.title}</Heading>
        <p className="cx-lead">
          {fill(text.lead, {count: news.length})} {text.follow} <Link to="/feeds">{text.feeds}</Link>.
        </p>
        {news.length === 0 ? <p className="cx-muted">{text.none}</p> : null}
        <ol className="cx-news" data-news>
          {news.map((item) => (
            <li key={item.id} data-id={item.id} data-kind={item.kind}>
              <p className="cx-news__line">
                <time dateTime={item.date}>{item.date}</time> · <span className={`cx-badge cx-badge--news-${item.kind}`}>{text.kinds[item.kind]}</span> ·{' '}
                {item.typeLabel}
              </p>
              <Heading as="h2" className="cx-news__title">
                <Link to={item.permalink}>{item.title}</Link>
              </Heading>
              <p className="cx-muted">{item.summary}</p>
            </li>
          ))}
        </ol>
      </main>
    </Layout>
  )
}
