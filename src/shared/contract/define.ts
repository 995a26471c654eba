import type { z } from 'zod';

/**
 * One entry of the service table: the name is the key in the table, the schemas are checked
 * on both sides of every transport (params before a handler runs, results before they leave).
 */
export interface MethodSpec<P extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  params: P;
  result: R;
  /** One line for people reading the table; also shown by the server's method listing. */
  summary: string;
  /**
   * For methods that carry whole files (uploads, pastes): the largest request body the HTTP
   * transport reads for them. Others get the server's default, which is far smaller.
   */
  maxRequestBytes?: number;
}

export function defineMethod<P extends z.ZodType, R extends z.ZodType>(
  spec: MethodSpec<P, R>,
): MethodSpec<P, R> {
  return spec;
}
