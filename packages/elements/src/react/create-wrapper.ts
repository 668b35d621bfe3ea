import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import * as React from 'react';

/** An `ik-*` event class: its static `type` is the DOM event name. */
export interface IkEventClass {
  readonly type: `ik-${string}`;
  readonly prototype: Event;
}

type PascalCase<Kebab extends string> = Kebab extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${PascalCase<Tail>}`
  : Capitalize<Kebab>;

/** The React prop for an event name: `ik-step-enter` → `onStepEnter`. */
export type HandlerProp<Type extends string> = Type extends `ik-${infer Rest}` ? `on${PascalCase<Rest>}` : never;

/** The `events` option of `@lit/react`, typed from the event classes. */
export type WrapperEvents<Events extends readonly IkEventClass[]> = {
  [Class in Events[number] as HandlerProp<Class['type']>]: EventName<Class['prototype']>;
};

/** Runtime twin of {@link HandlerProp}. */
export function handlerProp<Type extends `ik-${string}`>(type: Type): HandlerProp<Type> {
  const words = type.slice('ik-'.length).split('-');
  return `on${words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('')}` as HandlerProp<Type>;
}

/**
 * Wraps a custom element for React with `@lit/react`. Every event class becomes a typed `on*` prop
 * named after its `type` (`IkStepEnterEvent` → `onStepEnter`), so a wrapper is one call and the
 * prop names cannot drift from the events:
 *
 * ```ts
 * export const Catalog = createWrapper('ik-catalog', IkCatalog, [IkIntegrationAddEvent]);
 * ```
 */
export function createWrapper<Element extends HTMLElement, const Events extends readonly IkEventClass[]>(
  tagName: string,
  elementClass: new () => Element,
  events: Events,
): ReactWebComponent<Element, WrapperEvents<Events>> {
  const eventProps = Object.fromEntries(events.map((event) => [handlerProp(event.type), event.type]));
  return createComponent({
    tagName,
    elementClass,
    react: React,
    events: eventProps as WrapperEvents<Events>,
  });
}
