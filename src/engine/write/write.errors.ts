import type { z } from 'zod';
import { badInput, type KhabarError } from '../../core/errors';
import { BundleValidationError } from '../bundle/bundle.validator';

/** zod issues as one BAD_USER_INPUT error naming the first field (all listed in extensions). */
export function inputError(prefix: string, err: z.ZodError): KhabarError {
  const problems = err.issues.map((i) => ({
    field: [prefix, ...i.path].filter(Boolean).join('.'),
    message: i.message,
  }));
  const first = problems[0] ?? { field: prefix, message: 'is invalid' };
  return badInput(first.field, first.message, { problems });
}

/** Runs a write; a bundle-rule refusal becomes BAD_USER_INPUT naming the fact and field (all in extensions). */
export async function asInputErrors<T>(
  prefix: string,
  work: () => Promise<T>,
  message?: (err: BundleValidationError) => string,
): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (!(err instanceof BundleValidationError)) throw err;
    const p = err.problems[0];
    const field = [prefix, p?.fact, p?.field].filter(Boolean).join('.');
    throw badInput(field, message ? message(err) : (p?.message ?? err.message), { problems: err.problems });
  }
}

/** Lower-case words joined by hyphens: "Sarfraz Bugti" → "sarfraz-bugti" (ids made from names). */
export function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}
