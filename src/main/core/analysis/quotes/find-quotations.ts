/** Text between quotation marks: where the marks are, and the words inside. */
export interface Quotation {
  /** UTF-16 offsets from the opening mark to the closing one, inclusive. */
  start: number;
  end: number;
  /** The words inside the marks. */
  innerStart: number;
  innerEnd: number;
  /** Runs over several paragraphs, each opening with a mark, closed only at the end. */
  multiParagraph: boolean;
}

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS: Record<string, string> = { '“': '”', '„': '“', '«': '»' };

/** A straight double quote opens after a space, a line's start or an opening bracket or dash. */
function straightOpens(text: string, at: number): boolean {
  return at === 0 || /[\s([{—–-]/.test(text[at - 1]!);
}

/**
 * Every quotation in `text`: curly (“…”), low (Continental „…“), guillemets («…») and
 * straight ("…") double quotes; single quotes only inside them, as English news copy uses
 * them. A quotation left open at a paragraph's end continues if the next paragraph opens with
 * a mark (the convention for quotes of several paragraphs); otherwise it is dropped as a stray mark.
 */
export function findQuotations(text: string): Quotation[] {
  const quotations: Quotation[] = [];
  let at = 0;
  while (at < text.length) {
    const char = text[at]!;
    const straight = char === '"' && straightOpens(text, at);
    if (!OPENERS.has(char) && !straight) {
      at++;
      continue;
    }
    const close = straight ? '"' : CLOSERS[char]!;
    const found = closeOf(text, at, char, close);
    if (!found) {
      at++;
      continue;
    }
    quotations.push({ start: at, end: found.end, innerStart: at + 1, innerEnd: found.end - 1, multiParagraph: found.multiParagraph });
    at = found.end;
  }
  return quotations;
}

function closeOf(text: string, open: number, opener: string, close: string): { end: number; multiParagraph: boolean } | null {
  let at = open + 1;
  let multiParagraph = false;
  while (at < text.length) {
    const char = text[at]!;
    if (char === close && (close !== '"' || !straightOpens(text, at) || /[\s.,;:!?]/.test(text[at + 1] ?? ' '))) return { end: at + 1, multiParagraph };
    if (char === '\n') {
      // The paragraph ended with the quotation open: it goes on only if the next one opens with a mark.
      let next = at;
      while (next < text.length && /\s/.test(text[next]!)) next++;
      if (text[next] !== opener && !(opener === '"' && text[next] === '"')) return null;
      multiParagraph = true;
      at = next + 1;
      continue;
    }
    at++;
  }
  return null;
}
