/** Only a staff page may be the place to return to after signing in: never another site. */
export function safeNext(value: unknown): string {
  return typeof value === 'string' && /^\/staff(\/|\?|$)/.test(value) && !/\.\.|\\/.test(value) ? value : '/staff';
}

export function signInForm(source: Record<string, unknown> | undefined, problem: string | null) {
  return { email: typeof source?.email === 'string' ? source.email : '', next: safeNext(source?.next), problem };
}
