/** A name as matching sees it: lower case, accents and extra spaces gone ("José  Müller" = "jose muller"). */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
