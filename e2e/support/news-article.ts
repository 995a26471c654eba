import { writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A short news story, as Markdown with front matter, with what the analysis looks for: two
 * people introduced by full name and later by honorific and surname, an organisation with its
 * acronym, an amount, a relative date (counted from the publication date), and two quotes
 * attributed in the two usual ways.
 */
export const NEWS_ARTICLE_MD = `---
title: Riverside council halts harbour dredging deal
author: Nora Lindqvist
date: 2025-10-16
---

Riverside city council voted on Tuesday to suspend a $4.2-million dredging contract with Calloway Marine Services, after residents raised concerns about the harbour's water.

The Harbour Protection Authority (HPA), which oversees the port, had asked the council to wait for an independent review.

“We cannot sign away the harbour on a promise,” said councillor Imogen Achterberg, who tabled the motion.

Marcus Delahaye, the president of Calloway Marine Services, said the company was disappointed. “We met every condition the city set,” Mr. Delahaye said in a statement.

Ms. Achterberg said the HPA review would be finished by next spring.
`;

export function writeNewsArticle(dir: string): string {
  const file = path.join(dir, 'riverside-dredging.md');
  writeFileSync(file, NEWS_ARTICLE_MD);
  return file;
}
