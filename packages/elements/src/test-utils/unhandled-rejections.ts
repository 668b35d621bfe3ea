import { afterEach, beforeEach } from 'vitest';

/**
 * Records the page's unhandled promise rejections during each test of the calling file: a failed
 * read must be shown and told to the host, never left as a rejected promise. Returns the list, emptied
 * before each test.
 */
export function recordUnhandledRejections(): readonly unknown[] {
  const rejections: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
  beforeEach(() => {
    rejections.length = 0;
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('unhandledrejection', onRejection);
  });
  return rejections;
}
