import { html, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { withProtocolFormsTerms } from '../../translations/protocol-forms.en.js';
import { fieldId, renderField, selectInput, textInput } from '../field.js';
import { renderReorderableList } from '../reorderable-list.js';
import { type ConfigValues, type FormContext, text } from './form-context.js';

const NAME_FORMATS = ['unspecified', 'uri', 'basic'] as const;
const GROUP_FILTERS = ['STARTS_WITH', 'EQUALS', 'CONTAINS', 'REGEX'] as const;

type Statement = ConfigValues;

const list = (values: ConfigValues, key: string): readonly Statement[] => {
  const value = values[key];
  return Array.isArray(value) ? (value as Statement[]) : [];
};

/** A name, name format and one more field per row; `cells` gives the row's extra fields. */
function statementEditor(
  ctx: FormContext,
  values: ConfigValues,
  key: 'attributeStatements' | 'groupAttributeStatements',
  options: {
    legend: string;
    newItem: () => Statement;
    /** Paths (within a row) of the errors `cells` shows. */
    cellErrors: readonly (readonly (string | number)[])[];
    cells: (item: Statement, path: readonly (string | number)[], set: (patch: Statement) => void) => TemplateResult;
  },
): TemplateResult {
  const t = withProtocolFormsTerms(ctx.t);
  const items = list(values, key);
  const path = [...ctx.base, key];
  const replace = (index: number, patch: Statement) => {
    // The list as it is now: a row that skipped re-rendering must not write back the list it was drawn from.
    const now = ctx.current === undefined ? items : list(ctx.current(), key);
    ctx.change({ [key]: now.map((item, i) => (i === index ? { ...item, ...patch } : item)) });
  };
  const errorPaths = [['name'], ['nameFormat'], ...options.cellErrors];
  const rowErrors = (index: number) => errorPaths.map((at) => ctx.error([...path, index, ...at]));
  const draw = () =>
    renderReorderableList({
      id: fieldId(path),
      legend: options.legend,
      items,
      name: (item, index) => text(item, 'name') || t.statementUnnamed(index + 1),
      firstFieldId: (index) => fieldId([...path, index, 'name']),
      newItem: options.newItem,
      addLabel: t.attributeStatementAdd,
      onChange: (next) => ctx.change({ [key]: next }),
      t,
      renderRow: (item, index) => {
        const row = [...path, index];
        const set = (patch: Statement) => replace(index, patch);
        const drawRow = () => html`${renderField(
          { id: fieldId([...row, 'name']), label: t.statementName, error: ctx.error([...row, 'name']), t },
          (aria) => textInput(aria, text(item, 'name'), (name) => set({ name })),
        )}
      ${renderField(
        {
          id: fieldId([...row, 'nameFormat']),
          label: t.statementNameFormat,
          error: ctx.error([...row, 'nameFormat']),
          t,
        },
        (aria) =>
          selectInput(
            aria,
            text(item, 'nameFormat') || 'unspecified',
            NAME_FORMATS.map((value) => ({ value, label: t.nameFormats[value] ?? value })),
            (nameFormat) => set({ nameFormat }),
          ),
      )}
      ${options.cells(item, row, set)}`;
        if (ctx.current === undefined) return drawRow();
        // A keystroke in one row leaves the other rows' DOM and bindings alone.
        return html`${guard([item, index, t, ...rowErrors(index)], drawRow)}`;
      },
    });
  if (ctx.current === undefined) return draw();
  // A keystroke elsewhere in the form leaves the whole list alone (its handlers then still see this
  // list); its errors are one dependency, not one per field, so that check stays cheap for long lists.
  const shown = ctx.shownAt === undefined ? items.flatMap((_, index) => rowErrors(index)) : [ctx.shownAt(path)];
  return html`${guard([items, t, ...shown], draw)}`;
}

/** "Attribute Statements": name, name format and value (an Okta expression or a literal). */
export function renderAttributeStatements(ctx: FormContext, values: ConfigValues): TemplateResult {
  const t = withProtocolFormsTerms(ctx.t);
  return statementEditor(ctx, values, 'attributeStatements', {
    legend: t.attributeStatements,
    newItem: () => ({ name: '', nameFormat: 'unspecified', values: [''] }),
    cellErrors: [['values'], ['values', 0]],
    cells: (item, row, set) => {
      const all = Array.isArray(item.values) ? (item.values as string[]) : [];
      // One value per row, as the console edits it; further values the config holds are kept.
      return renderField(
        {
          id: fieldId([...row, 'values']),
          label: t.statementValue,
          error: ctx.error([...row, 'values']) ?? ctx.error([...row, 'values', 0]),
          t,
        },
        (aria) => textInput(aria, all[0] ?? '', (value) => set({ values: [value, ...all.slice(1)] })),
      );
    },
  });
}

/** "Group Attribute Statements": name, name format, and the filter picking the groups sent. */
export function renderGroupAttributeStatements(ctx: FormContext, values: ConfigValues): TemplateResult {
  const t = withProtocolFormsTerms(ctx.t);
  return statementEditor(ctx, values, 'groupAttributeStatements', {
    legend: t.groupAttributeStatements,
    newItem: () => ({ name: '', nameFormat: 'unspecified', filterType: 'STARTS_WITH', filterValue: '' }),
    cellErrors: [['filterType'], ['filterValue']],
    cells: (item, row, set) =>
      html`${renderField(
        { id: fieldId([...row, 'filterType']), label: t.statementFilter, error: ctx.error([...row, 'filterType']), t },
        (aria) =>
          selectInput(
            aria,
            text(item, 'filterType') || 'STARTS_WITH',
            GROUP_FILTERS.map((value) => ({ value, label: t.groupFilters[value] ?? value })),
            (filterType) => set({ filterType }),
          ),
      )}
      ${renderField(
        {
          id: fieldId([...row, 'filterValue']),
          label: t.statementFilterValue,
          error: ctx.error([...row, 'filterValue']),
          t,
        },
        (aria) => textInput(aria, text(item, 'filterValue'), (filterValue) => set({ filterValue })),
      )}`,
  });
}
