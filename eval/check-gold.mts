// Checks the labelled evaluation set in eval/set/ against the rules in eval/README.md.
//
//   npx tsx eval/check-gold.mts            check every article
//   npx tsx eval/check-gold.mts 03 07      check only articles whose file name starts with 03 or 07
//
// Errors (exit code 1): a gold file that does not have the documented shape, a label whose text
// is not in the article body, a speaker that is not a listed entity, more gold items for a
// money/date text than the body has (non-overlapping) occurrences of it, a `published` that
// disagrees with the front matter.
// Warnings (exit code 0): things a labeller probably forgot — a money-, date- or quote-looking
// span of the body that no label covers, an article outside 600–1,300 words, set totals below
// the targets. Quoted spans that are deliberately not quotes (scare quotes, titles, single
// words, a quoted term) are silenced by mentioning them in `notes`.
//
// Matching: texts are compared after Unicode NFC and with curly and straight apostrophes made
// equal; money/date texts, entity names and aliases must occur as whole words (so "May" is not
// found in "Mayor", "$4" not in "$4,000"), case-sensitively except entity names (a dateline
// may print the only occurrence in capitals); quote texts must occur with whitespace collapsed.
//
// Node 20, no dependencies beyond node:fs and node:path.

import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'

const SET_DIR = join(import.meta.dirname, 'set')

const TOP_KEYS = ['published', 'people', 'organisations', 'places', 'money', 'dates', 'quotes', 'notes']
const REQUIRED_KEYS = TOP_KEYS.filter((k) => k !== 'notes')
const CURRENCIES = new Set(['USD', 'CAD', 'EUR', 'GBP', 'NGN', 'INR', 'AUD', 'CHF', 'JPY', 'ZAR', 'KES', 'GHS'])
const PRECISIONS = new Set(['year', 'month', 'day', 'range'])
const TARGETS = { articles: 16, quotes: 150, money: 80, dates: 120 }
const WORDS = { min: 600, max: 1300 }

type Entity = { name: string; aliases: string[] }
type Money = { text: string; amount: number; currency: string }
type DateItem = { text: string; precision: string; value?: string; start?: string; end?: string }
type Quote = { text: string; speaker: string | null }
type Gold = {
  published: string | null
  people: Entity[]
  organisations: Entity[]
  places: Entity[]
  money: Money[]
  dates: DateItem[]
  quotes: Quote[]
  notes?: string
}

type Report = { errors: string[]; warnings: string[] }

// ---------------------------------------------------------------------------------------------
// text helpers

/** NFC, straight apostrophes, plain spaces. Every offset this file compares is into normChars(body). */
function normChars(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02BC\u2032]/g, "'")
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
}

/** Whitespace-collapsed, apostrophe-normalized form used for quote matching. */
function normLoose(s: string): string {
  return normChars(s).replace(/\s+/g, ' ').trim()
}

const WORD_CHAR = /[\p{L}\p{N}_]/u

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Start offsets of `needle` in `hay` where it is not glued to surrounding letters or digits
 * (so "May" is not found in "Mayor" and "2020" not in "2020s"). Matching is exact
 * (case-sensitive) unless `ignoreCase`.
 */
function occurrences(hay: string, needle: string, ignoreCase = false): number[] {
  const h = normChars(hay)
  const n = normChars(needle)
  if (!n) return []
  const re = new RegExp(escapeRe(n), ignoreCase ? 'giu' : 'gu')
  const out: number[] = []
  for (const m of h.matchAll(re)) {
    const start = m.index
    const end = start + n.length
    const before = start > 0 ? h[start - 1] : ''
    const after = end < h.length ? h[end] : ''
    // "$4" is not in "$4,000" or "$4.50"; "2020" is not in "1,2020"
    const gluedAfter =
      (WORD_CHAR.test(n[n.length - 1]) && after !== '' && WORD_CHAR.test(after)) ||
      (/\d/.test(n[n.length - 1]) && /^[.,]\d/.test(h.slice(end, end + 2)))
    const gluedBefore =
      (WORD_CHAR.test(n[0]) && before !== '' && WORD_CHAR.test(before)) ||
      (/\d/.test(n[0]) && start >= 2 && /^\d[.,]$/.test(h.slice(start - 2, start)))
    if (!gluedBefore && !gluedAfter) out.push(start)
  }
  return out
}

function splitFrontMatter(src: string): { meta: Record<string, string>; body: string } | null {
  const text = src.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const m = /^---\n([\s\S]*?)\n---\n?/.exec(text)
  if (!m) return null
  const meta: Record<string, string> = {}
  for (const line of m[1].split('\n')) {
    const kv = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line)
    if (kv) meta[kv[1]] = kv[2].replace(/^["']|["']$/g, '').trim()
  }
  return { meta, body: text.slice(m[0].length) }
}

function wordCount(body: string): number {
  return body.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
}

function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (!m) return false
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]))
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3]
}

function isMonth(s: string): boolean {
  const m = /^(\d{4})-(\d{2})$/.exec(s)
  return !!m && +m[2] >= 1 && +m[2] <= 12
}

// ---------------------------------------------------------------------------------------------
// shape

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function checkShape(g: unknown, r: Report): g is Gold {
  const before = r.errors.length
  const err = (m: string): void => void r.errors.push(`shape: ${m}`)
  if (!isObj(g)) {
    err('top level is not an object')
    return false
  }
  for (const k of Object.keys(g)) if (!TOP_KEYS.includes(k)) err(`unknown key "${k}"`)
  for (const k of REQUIRED_KEYS) if (!(k in g)) err(`missing key "${k}"`)
  const p = g.published
  if (!(p === null || (typeof p === 'string' && (isRealDate(p) || isMonth(p) || /^\d{4}$/.test(p)))))
    err(`published must be null, YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(p)}`)
  if ('notes' in g && typeof g.notes !== 'string') err('notes must be a string')

  for (const kind of ['people', 'organisations', 'places'] as const) {
    const list = g[kind]
    if (!Array.isArray(list)) {
      err(`${kind} must be an array`)
      continue
    }
    list.forEach((e, i) => {
      const where = `${kind}[${i}]`
      if (!isObj(e)) return err(`${where} is not an object`)
      for (const k of Object.keys(e)) if (k !== 'name' && k !== 'aliases') err(`${where}: unknown key "${k}"`)
      if (typeof e.name !== 'string' || !e.name.trim()) err(`${where}.name must be a non-empty string`)
      if (!Array.isArray(e.aliases) || !e.aliases.every((a) => typeof a === 'string' && a.trim()))
        err(`${where}.aliases must be an array of non-empty strings`)
    })
  }

  if (!Array.isArray(g.money)) err('money must be an array')
  else
    g.money.forEach((m, i) => {
      const where = `money[${i}]`
      if (!isObj(m)) return err(`${where} is not an object`)
      for (const k of Object.keys(m)) if (!['text', 'amount', 'currency'].includes(k)) err(`${where}: unknown key "${k}"`)
      if (typeof m.text !== 'string' || !m.text) err(`${where}.text must be a non-empty string`)
      if (typeof m.amount !== 'number' || !Number.isFinite(m.amount) || m.amount <= 0)
        err(`${where}.amount must be a positive number`)
      if (typeof m.currency !== 'string' || !CURRENCIES.has(m.currency))
        err(`${where}.currency must be an ISO 4217 code this set knows (${[...CURRENCIES].join(', ')})`)
    })

  if (!Array.isArray(g.dates)) err('dates must be an array')
  else
    g.dates.forEach((d, i) => {
      const where = `dates[${i}]`
      if (!isObj(d)) return err(`${where} is not an object`)
      for (const k of Object.keys(d))
        if (!['text', 'value', 'start', 'end', 'precision'].includes(k)) err(`${where}: unknown key "${k}"`)
      if (typeof d.text !== 'string' || !d.text) err(`${where}.text must be a non-empty string`)
      if (typeof d.precision !== 'string' || !PRECISIONS.has(d.precision))
        return err(`${where}.precision must be one of year, month, day, range`)
      if (d.precision === 'range') {
        if ('value' in d) err(`${where}: a range has start/end, not value`)
        if (typeof d.start !== 'string' || !isRealDate(d.start)) err(`${where}.start must be YYYY-MM-DD`)
        if (typeof d.end !== 'string' || !isRealDate(d.end)) err(`${where}.end must be YYYY-MM-DD`)
        if (typeof d.start === 'string' && typeof d.end === 'string' && d.start > d.end)
          err(`${where}: start ${d.start} is after end ${d.end}`)
      } else {
        if ('start' in d || 'end' in d) err(`${where}: only a range has start/end`)
        const v = d.value
        const ok =
          typeof v === 'string' &&
          ((d.precision === 'year' && /^\d{4}$/.test(v)) ||
            (d.precision === 'month' && isMonth(v)) ||
            (d.precision === 'day' && isRealDate(v)))
        if (!ok) err(`${where}.value ${JSON.stringify(v)} does not fit precision "${d.precision}"`)
      }
    })

  if (!Array.isArray(g.quotes)) err('quotes must be an array')
  else
    g.quotes.forEach((q, i) => {
      const where = `quotes[${i}]`
      if (!isObj(q)) return err(`${where} is not an object`)
      for (const k of Object.keys(q)) if (k !== 'text' && k !== 'speaker') err(`${where}: unknown key "${k}"`)
      if (typeof q.text !== 'string' || !q.text.trim()) err(`${where}.text must be a non-empty string`)
      else if (/^["“”]|["“”]$/.test(q.text.trim())) err(`${where}.text must not include its quotation marks`)
      if (!(q.speaker === null || (typeof q.speaker === 'string' && q.speaker)))
        err(`${where}.speaker must be an entity name or null`)
    })
  return r.errors.length === before
}

// ---------------------------------------------------------------------------------------------
// content

type Span = { start: number; end: number }

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}

/**
 * Gives every item an occurrence of its text, longest texts first, never two items the same
 * occurrence and never an occurrence inside one already taken (so "2020" is not satisfied by the
 * "2020" inside "March 12, 2020"). Returns the spans taken; reports what could not be placed.
 */
function assignSpans(body: string, texts: string[], kind: string, r: Report): Span[] {
  const order = texts.map((t, i) => ({ t, i })).sort((a, b) => b.t.length - a.t.length || a.i - b.i)
  const taken: Span[] = []
  const need = new Map<string, number>()
  for (const t of texts) need.set(t, (need.get(t) ?? 0) + 1)
  for (const { t } of order) {
    const free = occurrences(body, t)
      .map((s) => ({ start: s, end: s + t.length }))
      .filter((sp) => !taken.some((x) => overlaps(x, sp)))
    if (free.length === 0) {
      const total = occurrences(body, t).length
      r.errors.push(
        total === 0
          ? `${kind}: "${t}" does not occur in the body`
          : `${kind}: "${t}" is labelled ${need.get(t)} time(s) but has only ${total} occurrence(s) not inside a longer ${kind} label`,
      )
      continue
    }
    taken.push(free[0])
  }
  // Extra, unlabelled occurrences of a labelled text are probably a missed label.
  for (const [t, n] of need) {
    const free = occurrences(body, t).filter((s) => !taken.some((x) => overlaps(x, { start: s, end: s + t.length })))
    if (free.length > 0)
      r.warnings.push(`${kind}: "${t}" is labelled ${n} time(s) but occurs ${n + free.length} time(s); another label missing?`)
  }
  return taken
}

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.'
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday'
// Month and weekday names are matched case-sensitively ("May" but not "may"), relative words not.
const DATE_HINTS = [
  new RegExp(`\\b(?:${MONTHS})(?![\\p{L}])|\\b(?:${WEEKDAYS})\\b|\\b(?:19|20)\\d\\d(?:s)?\\b`, 'gu'),
  new RegExp(
    [
      '\\b(?:yesterday|today|tomorrow|tonight)\\b',
      '\\b(?:last|next|this|previous|coming)\\s+(?:week|month|year|quarter|spring|summer|autumn|fall|winter)\\b',
      '\\b(?:earlier|later)\\s+this\\s+(?:week|month|year)\\b',
      '\\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+(?:days?|weeks?|months?|years?|decades?)\\s+ago\\b',
    ].join('|'),
    'giu',
  ),
]
const MONEY_HINTS = new RegExp(
  [
    '(?:US|C|CA|A|AU|NZ|HK)?[$€£₦₹]\\s?\\d[\\d,.]*(?:[\\s-]?(?:million|billion|trillion|bn|m|k|K|crore|lakh)\\b)?',
    '\\b(?:Rs\\.?|INR|NGN|EUR|GBP|USD|CAD|N)\\s?\\d[\\d,.]*',
    '\\b\\d[\\d,.]*(?:\\s(?:million|billion|trillion|thousand|lakh|crore))?\\s(?:euros?|dollars|pounds|naira|rupees|cents|pence|kobo)\\b',
    '\\b(?:half a|a|one|two|three|four|five|six|seven|eight|nine|ten)\\s(?:million|billion|thousand)\\s(?:euros?|dollars|pounds|naira|rupees)\\b',
  ].join('|'),
  'gu',
)

function uncovered(body: string, re: RegExp, covered: Span[]): string[] {
  const out: string[] = []
  for (const m of normChars(body).matchAll(re)) {
    const sp = { start: m.index, end: m.index + m[0].length }
    if (!covered.some((c) => overlaps(c, sp))) out.push(m[0])
  }
  return out
}

/**
 * Quoted spans of the body: “…” pairs and "…" pairs. A quotation that runs over several
 * paragraphs (an opening mark at each paragraph start, a closing one only at the end) yields one
 * span whose text is its first paragraph. Returns the text between the marks.
 */
function quotedSpans(body: string): string[] {
  const out: string[] = []
  for (const paraSet of [{ open: '“', close: '”' }, { open: '"', close: '"' }]) {
    let open = false
    let buf = ''
    let continuing = false
    for (const para of body.split(/\n\s*\n/)) {
      let i = 0
      if (open) {
        if (para.trimStart().startsWith(paraSet.open)) {
          // continuation paragraph of a multi-paragraph quote
          if (!continuing) out.push(buf)
          continuing = true
          i = para.indexOf(paraSet.open) + 1
          buf = ''
        } else {
          open = false
          continuing = false
          buf = ''
        }
      }
      for (; i < para.length; i++) {
        const c = para[i]
        if (!open && c === paraSet.open) {
          open = true
          buf = ''
        } else if (open && c === paraSet.close) {
          if (!continuing) out.push(buf)
          open = false
          continuing = false
          buf = ''
        } else if (open) buf += c
      }
    }
  }
  return out
}

function stripEndPunct(s: string): string {
  return s.replace(/[\s,.;:]+$/u, '').replace(/^[\s,.;:]+/u, '')
}

function checkContent(meta: Record<string, string>, body: string, g: Gold, r: Report): void {
  // published vs front matter
  const fm = meta.date ? meta.date : null
  if (fm !== g.published) r.errors.push(`published ${JSON.stringify(g.published)} but front matter date is ${JSON.stringify(fm)}`)

  // entities
  const allNames = new Map<string, string>()
  const entityKinds = ['people', 'organisations', 'places'] as const
  const entityNames = new Set<string>()
  for (const kind of entityKinds) {
    for (const e of g[kind]) {
      if (kind !== 'places') entityNames.add(e.name)
      if (occurrences(body, e.name, true).length === 0) r.errors.push(`${kind}: name "${e.name}" does not occur in the body`)
      for (const a of e.aliases) {
        if (occurrences(body, a).length === 0) r.errors.push(`${kind}: alias "${a}" of "${e.name}" does not occur in the body`)
        if (a === e.name) r.errors.push(`${kind}: "${e.name}" lists its own name as an alias`)
      }
      for (const s of [e.name, ...e.aliases]) {
        const prev = allNames.get(s)
        if (prev) r.errors.push(`${kind}: "${s}" is listed for two entities (${prev} and ${e.name})`)
        else allNames.set(s, e.name)
      }
    }
  }

  // money and dates
  const moneySpans = assignSpans(body, g.money.map((m) => m.text), 'money', r)
  const dateSpans = assignSpans(body, g.dates.map((d) => d.text), 'dates', r)
  for (const m of uncovered(body, MONEY_HINTS, moneySpans))
    r.warnings.push(`money: "${m}" looks like an amount but is not labelled`)
  const notes = normLoose(g.notes ?? '')
  for (const d of DATE_HINTS.flatMap((re) => uncovered(body, re, dateSpans)))
    if (!notes.includes(normLoose(d))) r.warnings.push(`dates: "${d}" looks like a date but is not labelled (or named in notes)`)

  // quotes
  const loose = normLoose(body)
  const labelled = g.quotes.map((q) => stripEndPunct(normLoose(q.text)))
  g.quotes.forEach((q, i) => {
    if (!loose.includes(normLoose(q.text))) r.errors.push(`quotes[${i}]: text not found in the body: "${q.text.slice(0, 70)}…"`)
    if (q.speaker !== null && !entityNames.has(q.speaker))
      r.errors.push(`quotes[${i}]: speaker "${q.speaker}" is not the name of a listed person or organisation`)
  })
  const seen = new Map<string, number>()
  for (const t of labelled) seen.set(t, (seen.get(t) ?? 0) + 1)
  if ([...seen.values()].some((n) => n > 1)) r.warnings.push('quotes: the same quote text is labelled twice')
  for (const span of quotedSpans(body)) {
    const s = stripEndPunct(normLoose(span))
    if (!s) continue
    const covered = labelled.some((t) => t === s || (t.length > 0 && (s.includes(t) || t.includes(s))))
    if (!covered && !notes.includes(s)) r.warnings.push(`quotes: quoted span not labelled and not named in notes: “${s.slice(0, 70)}”`)
  }

  const wc = wordCount(body)
  if (wc < WORDS.min || wc > WORDS.max) r.warnings.push(`length: ${wc} words (aim ${WORDS.min}–${WORDS.max})`)
}

// ---------------------------------------------------------------------------------------------

function main(): void {
  const only = process.argv.slice(2)
  const files = readdirSync(SET_DIR)
    .filter((f) => f.endsWith('.md'))
    .filter((f) => only.length === 0 || only.some((p) => f.startsWith(p)))
    .sort()
  const golds = new Set(readdirSync(SET_DIR).filter((f) => f.endsWith('.gold.json')))
  let errors = 0
  let warnings = 0
  const total = { articles: 0, words: 0, people: 0, organisations: 0, places: 0, money: 0, dates: 0, quotes: 0 }
  const rows: string[] = []
  for (const f of files) {
    const r: Report = { errors: [], warnings: [] }
    const goldFile = f.replace(/\.md$/, '.gold.json')
    golds.delete(goldFile)
    const fm = splitFrontMatter(readFileSync(join(SET_DIR, f), 'utf8'))
    let g: unknown = null
    if (!fm) r.errors.push('no YAML front matter')
    try {
      g = JSON.parse(readFileSync(join(SET_DIR, goldFile), 'utf8'))
    } catch (e) {
      r.errors.push(`cannot read ${goldFile}: ${(e as Error).message}`)
    }
    if (fm && g !== null && checkShape(g, r)) {
      checkContent(fm.meta, fm.body, g, r)
      const wc = wordCount(fm.body)
      total.articles++
      total.words += wc
      for (const k of ['people', 'organisations', 'places', 'money', 'dates', 'quotes'] as const) total[k] += g[k].length
      rows.push(
        [basename(f, '.md').padEnd(34), String(wc).padStart(5), ...(['people', 'organisations', 'places', 'money', 'dates', 'quotes'] as const).map((k) => String(g[k].length).padStart(5))].join(' '),
      )
    }
    for (const e of r.errors) console.log(`ERROR   ${f}: ${e}`)
    for (const w of r.warnings) console.log(`warning ${f}: ${w}`)
    errors += r.errors.length
    warnings += r.warnings.length
  }
  for (const g of only.length === 0 ? golds : []) {
    console.log(`ERROR   ${g}: gold file without an article`)
    errors++
  }
  console.log()
  console.log(['article'.padEnd(34), 'words', 'peopl', 'orgs', 'place', 'money', 'dates', 'quote'].join(' '))
  for (const row of rows) console.log(row)
  console.log(
    ['TOTAL'.padEnd(34), String(total.words).padStart(5), ...(['people', 'organisations', 'places', 'money', 'dates', 'quotes'] as const).map((k) => String(total[k]).padStart(5))].join(' '),
  )
  if (only.length === 0) {
    for (const k of ['articles', 'quotes', 'money', 'dates'] as const)
      if (total[k] < TARGETS[k]) {
        console.log(`warning set: ${total[k]} ${k}, target at least ${TARGETS[k]}`)
        warnings++
      }
  }
  console.log(`\n${total.articles} article(s), ${errors} error(s), ${warnings} warning(s)`)
  process.exit(errors > 0 ? 1 : 0)
}

main()
