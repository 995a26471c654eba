/**
 * A news article page as saved from a browser: site navigation, ads, share buttons, a related
 * stories box, a comment section and a footer around the article, with JSON-LD, Open Graph and
 * a `<title>` that disagree a little (as real pages do). Tests prove the importer keeps the
 * article and only the article, and reads the metadata in the right order of trust.
 */

/** The article's paragraphs, as the canonical text must hold them. */
export const NEWS_ARTICLE_PARAGRAPHS = [
  'The harbour authority awarded the dredging contract to Halden Marine AS in March, eleven days after the tender closed, according to documents seen by The Harbour Ledger.',
  'Two rival bidders, Berg Subsea and Nordkyst Entreprenør, submitted lower offers, the documents show. Neither was invited to the final round of talks.',
  'Mayor Ingrid Solberg defended the decision on Tuesday. “The price was not the only criterion, and everyone knew that from the start,” she told reporters outside the town hall.',
  'The contract, worth 2.8 million kroner a year, runs until 2031. It was signed by the authority’s director, Per Aune, whose brother-in-law sits on Halden Marine’s board.',
  'Aune did not respond to repeated requests for comment. A spokesperson for the authority said all procurement rules had been followed.',
  'Opposition councillors have asked the county governor to review the award. A decision is expected before the summer.',
];

export const NEWS_ARTICLE_SUBHEADING = 'Questions over the tender';
export const NEWS_ARTICLE_QUOTE = 'We were never told what the other criteria were.';

/** Text that surrounds the article on the page and must not reach the canonical text. */
export const NEWS_PAGE_CHROME = [
  'Subscribe for 1 kr',
  'Advertisement',
  'Share on Facebook',
  'Most read',
  'Ferry timetable changes this winter',
  'great reporting, keep digging',
  'Harbour Ledger AS, org. no. 912 345 678',
  'Cookie settings',
  'Log in',
];

export function newsArticlePage(): string {
  const [p1, p2, p3, p4, p5, p6] = NEWS_ARTICLE_PARAGRAPHS;
  return `<!DOCTYPE html>
<!-- saved from url=(0063)https://www.harbourledger.example/news/2026/03/12/halden-tender -->
<html lang="en-GB" class="no-js">
<head>
  <meta charset="utf-8">
  <title>Halden defends port contract as rivals cry foul | The Harbour Ledger</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="The harbour authority picked the most expensive bid.">
  <meta property="og:title" content="Halden defends port contract as rivals cry foul">
  <meta property="og:site_name" content="The Harbour Ledger">
  <meta property="og:url" content="https://www.harbourledger.example/news/2026/03/12/halden-tender">
  <meta property="og:locale" content="en_GB">
  <meta property="article:published_time" content="2026-03-12T23:30:00-05:00">
  <meta property="article:author" content="https://www.facebook.com/mireille.fontaine">
  <meta name="author" content="Harbour Ledger staff">
  <link rel="canonical" href="https://www.harbourledger.example/news/2026/03/12/halden-tender">
  <link rel="stylesheet" href="/assets/site.css">
  <script>window.dataLayer = [{ page: 'article' }];</script>
  <script type="application/ld+json">
  {
    "@context": "https://schema.org",
    "@graph": [
      { "@type": "Organization", "@id": "https://www.harbourledger.example/#org", "name": "The Harbour Ledger" },
      { "@type": "WebPage", "@id": "https://www.harbourledger.example/news/2026/03/12/halden-tender" },
      {
        "@type": ["NewsArticle", "ReportageNewsArticle"],
        "headline": "Port contract went to the priciest bidder",
        "author": [
          { "@type": "Person", "name": "Mireille Fontaine", "url": "https://www.harbourledger.example/authors/fontaine" },
          { "@type": "Person", "name": "Ole Berg" }
        ],
        "publisher": { "@id": "https://www.harbourledger.example/#org" },
        "datePublished": "2026-03-12T23:30:00-05:00",
        "mainEntityOfPage": { "@id": "https://www.harbourledger.example/news/2026/03/12/halden-tender" }
      }
    ]
  }
  </script>
</head>
<body class="article-page">
  <div class="cookie-banner" role="dialog"><p>We use cookies to improve your experience.</p><button>Accept all</button><a href="/cookies">Cookie settings</a></div>
  <header class="site-header">
    <a class="logo" href="/">The Harbour Ledger</a>
    <nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/culture">Culture</a></li></ul></nav>
    <div class="account"><a href="/login">Log in</a> <a class="cta" href="/subscribe">Subscribe for 1 kr</a></div>
  </header>
  <div class="ad ad-leaderboard" id="ad-top"><span class="ad-label">Advertisement</span><img src="https://ads.example/banner.gif" alt=""></div>
  <main id="main">
    <article class="story">
      <header class="story-header">
        <p class="kicker"><a href="/news/harbour">Harbour</a></p>
        <h1 class="headline">Halden defends port contract as rivals cry foul</h1>
        <p class="standfirst">The harbour authority picked the most expensive bid. Its director has family ties to the winner.</p>
        <div class="byline">By <a rel="author" href="/authors/fontaine">Mireille Fontaine</a> and <a rel="author" href="/authors/berg">Ole Berg</a> <time datetime="2026-03-12T23:30:00-05:00">12 March 2026</time></div>
        <ul class="share-tools"><li><a href="https://facebook.example/share">Share on Facebook</a></li><li><a href="https://x.example/share">Share on X</a></li><li><a href="mailto:?subject=Halden">Email</a></li></ul>
      </header>
      <div class="story-body">
        <p>${p1}</p>
        <p>${p2}</p>
        <div class="ad ad-inline"><span class="ad-label">Advertisement</span><iframe src="https://ads.example/slot"></iframe></div>
        <p>${p3}</p>
        <h2>${NEWS_ARTICLE_SUBHEADING}</h2>
        <p>${p4}</p>
        <blockquote><p>${NEWS_ARTICLE_QUOTE}</p></blockquote>
        <p>${p5}</p>
        <aside class="related"><h3>Most read</h3><ul><li><a href="/news/ferry">Ferry timetable changes this winter</a></li><li><a href="/news/fish">Fish prices hit record</a></li><li><a href="/news/storm">Storm closes coast road</a></li></ul></aside>
        <p>${p6}</p>
      </div>
    </article>
    <section class="comments" id="comments">
      <h2>Comments (3)</h2>
      <div class="comment"><span class="comment-author"><a rel="author" href="/u/kjell">Kjell</a></span><p>great reporting, keep digging</p></div>
      <div class="comment"><span class="comment-author"><a rel="author" href="/u/anna">Anna</a></span><p>Who is on the board of the authority itself?</p></div>
      <form class="comment-form"><textarea name="c">Write a comment</textarea><button>Post</button></form>
    </section>
  </main>
  <footer class="site-footer">
    <p>Harbour Ledger AS, org. no. 912 345 678</p>
    <ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookie settings</a></li></ul>
  </footer>
  <script src="/assets/app.js"></script>
</body>
</html>`;
}
