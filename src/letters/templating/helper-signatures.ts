/** The only helpers a letter template can call, with how many arguments and which named options each takes. */
export const HELPER_SIGNATURES: Record<string, { params: number; hash: readonly string[] }> = {
  date: { params: 1, hash: ['style'] },
  number: { params: 1, hash: [] },
  list: { params: 1, hash: ['type'] },
  deadline: { params: 0, hash: ['style'] },
};

export const BLOCK_HELPERS = ['if', 'unless', 'each', 'with'] as const;

/** Names that lead from a value into JavaScript's object machinery. */
export const FORBIDDEN_NAMES = new Set([
  'constructor',
  '__proto__',
  'prototype',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toString',
  'toLocaleString',
  'valueOf',
]);
