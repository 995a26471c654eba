import type { z } from 'zod';
import { analysisMethods } from './methods/analysis';
import { annotationMethods } from './methods/annotations';
import { appMethods } from './methods/app';
import { compareMethods } from './methods/compare';
import { factCheckMethods } from './methods/fact-check';
import { fileMethods } from './methods/files';
import { investigationMethods } from './methods/investigation';
import { noteMethods } from './methods/notes';
import { sourceMethods } from './methods/sources';
import { timelineMethods } from './methods/timeline';

export * from './define';
export * from './errors';
export * from './events';

/** The whole service contract. Both transports are generated from this one table. */
export const methods = {
  ...timelineMethods,
  ...analysisMethods,
  ...appMethods,
  ...fileMethods,
  ...investigationMethods,
  ...sourceMethods,
  ...noteMethods,
  ...annotationMethods,
  ...factCheckMethods,
  ...compareMethods,
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type ParamsOf<K extends MethodName> = z.input<Methods[K]['params']>;
export type ResultOf<K extends MethodName> = z.output<Methods[K]['result']>;

export const methodNames = Object.keys(methods) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(methods, name);
}

export * from './bridge';
