import type { Integration } from './model.js';

/** Who an assignment targets. */
export type AssignmentTarget =
  | { readonly type: 'user'; readonly id: string }
  | { readonly type: 'group'; readonly id: string };

/** Events a store emits after a change has been made; `type` discriminates. */
export type IntegrationEvent =
  | { readonly type: 'created'; readonly integration: Integration }
  | { readonly type: 'updated'; readonly integration: Integration; readonly previous: Integration }
  | { readonly type: 'activated'; readonly integration: Integration }
  | { readonly type: 'deactivated'; readonly integration: Integration }
  | { readonly type: 'deleted'; readonly integration: Integration }
  | { readonly type: 'assigned'; readonly integrationId: string; readonly target: AssignmentTarget }
  | { readonly type: 'unassigned'; readonly integrationId: string; readonly target: AssignmentTarget };

/** Names of {@link IntegrationEvent}s. */
export type IntegrationEventType = IntegrationEvent['type'];

/** The event of one type. */
export type IntegrationEventOf<T extends IntegrationEventType> = Extract<IntegrationEvent, { type: T }>;

/** Subscribe to a store's events; each call returns its own unsubscribe function. */
export interface IntegrationEvents {
  on<T extends IntegrationEventType>(type: T, listener: (event: IntegrationEventOf<T>) => void): () => void;
  /** Every event, in order. */
  onAny(listener: (event: IntegrationEvent) => void): () => void;
}

/** A small synchronous emitter; a throwing listener is reported and does not stop the others. */
export class IntegrationEventEmitter implements IntegrationEvents {
  private readonly listeners = new Set<(event: IntegrationEvent) => void>();

  on<T extends IntegrationEventType>(type: T, listener: (event: IntegrationEventOf<T>) => void): () => void {
    return this.onAny((event) => {
      if (event.type === type) listener(event as IntegrationEventOf<T>);
    });
  }

  onAny(listener: (event: IntegrationEvent) => void): () => void {
    // Wrap so that the same function subscribed twice gets two independent subscriptions.
    const entry = (event: IntegrationEvent) => listener(event);
    this.listeners.add(entry);
    return () => {
      this.listeners.delete(entry);
    };
  }

  /** Delivers `event` to every listener. */
  emit(event: IntegrationEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        // A UI listener's bug must neither undo the change already made nor crash a server process.
        console.error('integrakit: an integration event listener threw', error);
      }
    }
  }
}
