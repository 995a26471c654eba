import { ServiceError } from '../../service-error';
import { MAX_ANNOTATIONS } from './web-annotation-schema';

/** Larger than any investigation's annotations would make, small enough to parse at once. */
export const MAX_FILE_CHARACTERS = 64 * 1024 * 1024;

const NOT_WEB_ANNOTATION =
  'This file is not W3C Web Annotation JSON: it should hold an AnnotationCollection, an AnnotationPage or an Annotation';

/**
 * The annotations of a Web Annotation file, not yet checked one by one: from a collection
 * with its first page embedded (as Sourcebook writes them), a page, a single annotation, or
 * a bare array of annotations. Anything else is refused with a message saying what it is.
 */
export function readAnnotationItems(file: unknown): unknown[] {
  const json = typeof file === 'string' ? parseJson(file) : file;
  const items = itemsOf(json);
  if (items.length > MAX_ANNOTATIONS) {
    throw unsupported(`This file has ${items.length.toLocaleString('en')} annotations; at most ${MAX_ANNOTATIONS.toLocaleString('en')} are read from one file.`);
  }
  return items;
}

function parseJson(text: string): unknown {
  if (text.length > MAX_FILE_CHARACTERS) {
    throw unsupported(`This file is too large to be an annotation export (over ${MAX_FILE_CHARACTERS / 1024 / 1024} MB of text).`);
  }
  try {
    // A byte-order mark is not JSON, but some editors write one.
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw unsupported(`This file is not JSON, so it cannot be Web Annotation JSON-LD (${(error as Error).message}).`);
  }
}

function itemsOf(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  if (!isObject(json)) throw unsupported(`${NOT_WEB_ANNOTATION}, but it holds ${describe(json)}.`);
  const types = typesOf(json);
  if (types.includes('AnnotationCollection')) {
    const { first } = json;
    if (typeof first === 'string') {
      throw unsupported(`This annotation collection keeps its annotations on separate pages (${first.slice(0, 200)}), which are not in the file.`);
    }
    if (isObject(first)) return pageItems(first);
    if (Array.isArray(json.items)) return json.items;
    if (json.total === 0) return [];
    throw unsupported('This annotation collection has no first page of annotations.');
  }
  if (types.includes('AnnotationPage')) return pageItems(json);
  if (types.includes('Annotation')) return [json];
  const found = types.length > 0 ? `its type is “${types.join(', ').slice(0, 200)}”` : 'it has no type';
  throw unsupported(`${NOT_WEB_ANNOTATION}; ${found}.`);
}

function pageItems(page: Record<string, unknown>): unknown[] {
  if (Array.isArray(page.items)) return page.items;
  throw unsupported('This annotation page has no list of items.');
}

function typesOf(json: Record<string, unknown>): string[] {
  const type = json.type ?? json['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.filter((value): value is string => typeof value === 'string');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  return typeof value === 'string' ? 'a string' : `a ${typeof value}`;
}

function unsupported(message: string): ServiceError {
  return new ServiceError('UNSUPPORTED', message);
}
