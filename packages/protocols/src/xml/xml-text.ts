import * as z from 'zod/mini';

/** Characters XML 1.0 cannot carry at all, even escaped (C0 controls other than tab, LF, CR; U+FFFE/FFFF). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Whether XML 1.0 can carry `value` (escaped where needed). */
export const isXmlSafe = (value: string) => !ILLEGAL.test(value);

/** A string that can be written into an XML document (markup characters are escaped on output). */
export const xmlSafeString = z.string().check(
  z.refine(isXmlSafe, {
    error: 'contains characters that XML cannot carry (control characters)',
  }),
);
