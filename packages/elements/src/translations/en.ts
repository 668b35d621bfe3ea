/** English strings, bundled: the shape every other locale must match. */
export const en = {
  secretShow: 'Show',
  secretHide: 'Hide',
  secretHidden: 'Hidden',
};

/** A complete translation dictionary; `en` defines the keys. */
export type Translation = typeof en;
