import type { IntegrationEvent, IntegrationEvents, IntegrationEventType } from '@integrakit/core';

/** A synchronous emitter for store events; a throwing listener is reported and skipped. */
export function createEmitter(): IntegrationEvents & { emit(event: IntegrationEvent): void } {
  const listeners = new Set<(event: IntegrationEvent) => void>();
  const onAny = (listener: (event: IntegrationEvent) => void) => {
    const entry = (event: IntegrationEvent) => listener(event);
    listeners.add(entry);
    return () => {
      listeners.delete(entry);
    };
  };
  return {
    onAny,
    on<T extends IntegrationEventType>(type: T, listener: (event: Extract<IntegrationEvent, { type: T }>) => void) {
      return onAny((event) => {
        if (event.type === type) listener(event as Extract<IntegrationEvent, { type: T }>);
      });
    },
    emit(event) {
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch (error) {
          console.error('integrakit: a store event listener threw', error);
        }
      }
    },
  };
}
