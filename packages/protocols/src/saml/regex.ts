/**
 * Okta evaluates group filters as regular expressions. A filter that does not compile, or one with
 * a nested quantifier such as `(a+)+` (catastrophic backtracking), is refused before it reaches
 * Okta or our own inspector.
 */
export function regexProblem(pattern: string): string | undefined {
  if (pattern.length > 1024) return 'is longer than 1024 characters';
  try {
    new RegExp(pattern, 'u');
  } catch {
    return 'is not a valid regular expression';
  }
  // A quantified group whose body is itself quantified: the classic exponential-backtracking shape.
  if (/\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)\s*(?:[+*]|\{\d+,\d*\})/.test(pattern)) {
    return 'has a nested quantifier (catastrophic backtracking), e.g. (a+)+';
  }
  return undefined;
}
