import type { LogEntity, LogEvent } from '@integrakit/core/client';
import { html, nothing, type TemplateResult } from 'lit';
import type { SystemLogTerms } from './terms.js';

// Event text is rendered as text nodes only (Lit escapes it); these bounds keep a hostile event
// from flooding the page.
const MAX_TEXT = 500;
const MAX_JSON = 20_000;
const MAX_TARGETS = 20;

const clip = (value: string | null | undefined, max = MAX_TEXT) =>
  value === null || value === undefined ? '' : value.length > max ? `${value.slice(0, max)}…` : value;

const entityName = (entity: LogEntity | null | undefined, t: SystemLogTerms) =>
  entity === null || entity === undefined
    ? t.logUnknown
    : clip(entity.displayName || entity.alternateId || entity.id) || t.logUnknown;

/** `published` in the reader's language, or the raw value when it is not a date. */
function formatTime(published: string, lang: string): string {
  const date = new Date(published);
  if (Number.isNaN(date.getTime())) return clip(published);
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
}

const field = (name: string, value: TemplateResult | string) =>
  html`<div class="fact"><dt>${name}</dt><dd>${value}</dd></div>`;

function renderDetail(event: LogEvent, t: SystemLogTerms): TemplateResult {
  const f = t.logFields;
  const outcome = event.outcome;
  const targets = (event.target ?? []).slice(0, MAX_TARGETS);
  const requestId = event.debugContext?.debugData?.requestId;
  return html`<dl part="event-fields">
      ${field(f.eventType ?? '', html`<code>${clip(event.eventType)}</code>`)}
      ${field(f.outcome ?? '', t.logOutcomes[outcome?.result ?? ''] ?? clip(outcome?.result) ?? t.logUnknown)}
      ${outcome?.reason ? field(f.reason ?? '', clip(outcome.reason)) : nothing}
      ${field(f.severity ?? '', clip(event.severity))}
      ${field(f.actor ?? '', `${entityName(event.actor, t)}${event.actor ? ` (${clip(event.actor.type)})` : ''}`)}
      ${field(
        f.targets ?? '',
        targets.length === 0
          ? t.logUnknown
          : html`<ul class="targets">
              ${targets.map((target) => html`<li>${entityName(target, t)} (${clip(target.type)}) <code>${clip(target.id)}</code></li>`)}
            </ul>`,
      )}
      ${event.client?.ipAddress ? field(f.ipAddress ?? '', clip(event.client.ipAddress)) : nothing}
      ${event.client?.userAgent?.rawUserAgent ? field(f.userAgent ?? '', clip(event.client.userAgent.rawUserAgent)) : nothing}
      ${typeof requestId === 'string' ? field(f.requestId ?? '', html`<code>${clip(requestId)}</code>`) : nothing}
      ${field(f.published ?? '', html`<code>${clip(event.published)}</code>`)}
      ${field(f.uuid ?? '', html`<code>${clip(event.uuid)}</code>`)}
    </dl>
    <p class="raw-heading" id=${`raw-${event.uuid}`}>${t.logRaw}</p>
    <pre part="event-json" tabindex="0" aria-labelledby=${`raw-${event.uuid}`}>${clip(JSON.stringify(event, null, 2), MAX_JSON)}</pre>`;
}

/**
 * One event: a disclosure button (APG) named by the event's message, described by its time, actor
 * and outcome, controlling a details region. `index` makes ids IDREF-safe whatever the uuid holds.
 */
export function renderEvent(
  event: LogEvent,
  index: number,
  options: { t: SystemLogTerms; lang: string; expanded: boolean; onToggle: (uuid: string) => void },
): TemplateResult {
  const { t } = options;
  const failed = event.outcome?.result === 'FAILURE';
  const detail = `event-${index}-detail`;
  const meta = `event-${index}-meta`;
  return html`<li part="event" class=${failed ? 'event failure' : 'event'} data-event-type=${clip(event.eventType)}>
    <button
      part="event-toggle"
      type="button"
      aria-expanded=${options.expanded ? 'true' : 'false'}
      aria-controls=${detail}
      aria-describedby=${meta}
      @click=${() => options.onToggle(event.uuid)}
    >
      <span class="chevron" aria-hidden="true"></span><span class="message">${clip(event.displayMessage) || clip(event.eventType)}</span>
    </button>
    <p part="event-meta" class="meta" id=${meta}>
      <time datetime=${clip(event.published)}>${formatTime(event.published, options.lang)}</time>
      <span>${t.logBy(entityName(event.actor, t))}</span>
      <span part="outcome" class=${failed ? 'outcome failure' : 'outcome'}
        >${t.logOutcomes[event.outcome?.result ?? ''] ?? clip(event.outcome?.result)}</span
      >
      <code class="type">${clip(event.eventType)}</code>
    </p>
    <div part="event-detail" class="detail" id=${detail} ?hidden=${!options.expanded}>
      ${options.expanded ? renderDetail(event, t) : nothing}
    </div>
  </li>`;
}
