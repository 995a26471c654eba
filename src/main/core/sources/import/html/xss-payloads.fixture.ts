/**
 * Hostile HTML for the importer's tests and the end-to-end test. Every payload signals when it
 * works: script sets `window.__xss`, and anything that loads asks host `tracker.invalid` (a
 * reserved name that never resolves), so a test proves safety by finding neither.
 */
export const XSS_SIGNAL = '__xss';
export const TRACKER_HOST = 'tracker.invalid';

const run = `window.${XSS_SIGNAL}=1`;
const tracker = (path: string) => `http://${TRACKER_HOST}/${path}`;
/** "javascript:" with every letter as a decimal character reference without semicolons. */
const decimalJavascript = [...'javascript:'].map((c) => `&#${String(c.charCodeAt(0)).padStart(7, '0')}`).join('');
const hexJavascript = [...'javascript'].map((c) => `&#x${c.charCodeAt(0).toString(16)};`).join('');

export const XSS_PAYLOADS_BY_NAME: Readonly<Record<string, string>> = {
  'script element': `<script>${run}</script>`,
  'remote script': `<script src="${tracker('script.js')}"></script>`,
  'img onerror': `<img src=x onerror="${run}">`,
  'svg onload': `<svg onload="${run}"><circle r="1"/></svg>`,
  'svg script and animate': `<svg><script>${run}</script><animate onbegin="${run}" attributeName="x" dur="1s"/></svg>`,
  'svg set to javascript href': `<svg><a><set attributeName="href" to="javascript:${run}"/><text y="10">svg link</text></a></svg>`,
  'svg xlink:href': `<svg><a xlink:href="javascript:${run}"><text y="20">xlink</text></a><use href="${tracker('sprite.svg#a')}"/></svg>`,
  'javascript href': `<a href="javascript:${run}">plain javascript link</a>`,
  'javascript href, hex entities': `<a href="${hexJavascript}:${run}">hex-encoded link</a>`,
  'javascript href, decimal entities without semicolons': `<a href="${decimalJavascript}${run}">decimal-encoded link</a>`,
  'javascript href, named colon entity': `<a href="javascript&colon;${run}">colon entity link</a>`,
  'javascript href, tab and newline inside': `<a href="java&#9;scr\nipt:${run}">tabbed link</a>`,
  'javascript href, mixed case and leading space': `<a href=" &#14; JaVaScRiPt:${run}">mixed-case link</a>`,
  'vbscript href': `<a href="vbscript:msgbox(1)">vbscript link</a>`,
  'data: URL link': `<a href="data:text/html,<script>${run}</script>">data link</a>`,
  'iframe src': `<iframe src="${tracker('frame')}"></iframe>`,
  'iframe javascript src': `<iframe src="javascript:parent.${XSS_SIGNAL}=1"></iframe>`,
  'iframe srcdoc': `<iframe srcdoc="<script>parent.${XSS_SIGNAL}=1</script><img src=${tracker('srcdoc.png')}>"></iframe>`,
  'object data': `<object data="${tracker('object.swf')}" type="application/x-shockwave-flash"><param name="src" value="${tracker('param')}"></object>`,
  'object data: URL': `<object data="data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg=="></object>`,
  'embed': `<embed src="${tracker('embed.swf')}">`,
  'form action': `<form action="${tracker('form')}" method="post"><input name="q" value="leak"><button>Send</button></form>`,
  'button formaction': `<form><button formaction="javascript:${run}">Go</button><input type="submit" formaction="${tracker('formaction')}"></form>`,
  'input type=image': `<input type="image" src="${tracker('input.png')}">`,
  'input autofocus onfocus': `<input autofocus onfocus="${run}">`,
  'meta refresh': `<meta http-equiv="refresh" content="0;url=${tracker('refresh')}">`,
  'base href': `<base href="${tracker('')}">`,
  'link stylesheet': `<link rel="stylesheet" href="${tracker('style.css')}">`,
  'link prefetch and icon': `<link rel="prefetch" href="${tracker('prefetch')}"><link rel="icon" href="${tracker('favicon.ico')}">`,
  'style @import': `<style>@import url(${tracker('import.css')});</style>`,
  'style background': `<style>body { background: url("${tracker('css-bg.png')}") }</style>`,
  'inline style url': `<p style="background:url(${tracker('inline-bg.png')})">styled paragraph</p>`,
  'CSS expression and behavior': `<div style="width: expression(${run}); behavior: url(${tracker('x.htc')})">old IE styles</div>`,
  'remote image': `<img src="${tracker('pixel.gif')}" alt="">`,
  'srcset and picture': `<picture><source srcset="${tracker('source.webp')}"><img srcset="${tracker('1x.png')} 1x, ${tracker('2x.png')} 2x"></picture>`,
  'video poster and sources': `<video poster="${tracker('poster.png')}" autoplay><source src="${tracker('video.mp4')}"><track src="${tracker('captions.vtt')}"></video>`,
  'audio src': `<audio src="${tracker('audio.mp3')}" autoplay onplay="${run}"></audio>`,
  'table background attribute': `<table background="${tracker('table-bg.png')}"><tr><td>cell with background</td></tr></table>`,
  'link ping': `<a href="https://example.com/" ping="${tracker('ping')}">ping link</a>`,
  'math mXSS (mglyph/style)': `<math><mtext><table><mglyph><style><img src=x onerror="${run}"></style></mglyph></table></mtext></math>`,
  'svg namespace confusion': `<svg></p><style><a id="</style><img src=x onerror=${run}>"></svg>`,
  'noscript title breakout': `<noscript><p title="</noscript><img src=x onerror=${run}>"></noscript>`,
  'template content': `<template><img src=x onerror="${run}"><script>${run}</script></template>`,
  'details ontoggle': `<details open ontoggle="${run}"><summary>More details</summary>details text</details>`,
  'body onload': `<body onload="${run}">`,
  'marquee onstart': `<marquee onstart="${run}">marquee text</marquee>`,
  'DOM clobbering': `<form id="${XSS_SIGNAL}"><input name="attributes"><input name="nodeName"></form><img name="getElementById"><a id="defaultView" name="${XSS_SIGNAL}" href="#top">clobbering link</a>`,
  'textarea and title raw text': `<textarea><script>${run}</script></textarea><title><img src=x onerror="${run}"></title>`,
  'xmp raw text': `<xmp><img src=x onerror="${run}"></xmp>`,
  'custom element with handler': `<x-widget onclick="${run}" data-src="${tracker('widget')}">custom element</x-widget>`,
};

export const XSS_PAYLOADS: readonly string[] = Object.values(XSS_PAYLOADS_BY_NAME);

/** The prose of the fixture page, which must come through untouched. */
export const XSS_FIXTURE_PARAGRAPHS = [
  'The county council voted on Thursday to reopen the investigation into the ferry contract, after new documents showed that the winning bid had been changed after the deadline.',
  'Council leader Astrid Nilsen said the vote was unanimous. “We owe the public a full account of how this decision was made,” she said in a statement released after the meeting.',
  'The documents, obtained through a freedom of information request, include emails between the procurement office and the operator that discuss revised prices two days after bids had closed.',
  'The operator said it had acted in good faith and would cooperate with any review. The procurement office declined to comment, citing the ongoing investigation.',
  'An independent auditor is expected to report to the council within three months. Until then, the current ferry timetable will remain in place.',
];

/**
 * A whole article page with every payload in its head and between its paragraphs, written so
 * that Readability still takes it for an article (headline, byline, long paragraphs).
 */
export function xssFixturePage(): string {
  const payloads = Object.entries(XSS_PAYLOADS_BY_NAME);
  const body: string[] = [];
  XSS_FIXTURE_PARAGRAPHS.forEach((paragraph, index) => {
    body.push(`<p>${paragraph}</p>`);
    const share = Math.ceil(payloads.length / XSS_FIXTURE_PARAGRAPHS.length);
    for (const [name, html] of payloads.slice(index * share, (index + 1) * share)) {
      body.push(`<div class="embed" data-payload="${name}">${html}</div>`);
    }
  });
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Council reopens ferry contract inquiry</title>
  <meta http-equiv="refresh" content="0;url=${tracker('head-refresh')}">
  <base href="${tracker('head-base/')}">
  <link rel="stylesheet" href="${tracker('head.css')}">
  <style>@import url(${tracker('head-import.css')}); body { background: url(${tracker('head-bg.png')}) }</style>
  <script>${run}</script>
  <script src="${tracker('head.js')}"></script>
  <meta property="og:image" content="${tracker('og.png')}">
</head>
<body onload="${run}">
  <article>
    <h1>Council reopens ferry contract inquiry</h1>
    <p class="byline">By Kari Lund</p>
    ${body.join('\n    ')}
  </article>
</body>
</html>`;
}
