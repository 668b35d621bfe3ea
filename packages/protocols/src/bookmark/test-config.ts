import { define, toOktaApp } from './bookmark.js';

/** A bookmark payload for OpenAPI checks shared with the SWA tests. */
export function bookmark() {
  return toOktaApp(define({ label: 'Wiki', url: 'https://wiki.example.com', requestIntegration: true }));
}
