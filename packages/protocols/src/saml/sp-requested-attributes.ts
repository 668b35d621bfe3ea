import { attribute, childElements } from '../xml/dom.js';

/** An attribute the SP asks for (`md:RequestedAttribute`), e.g. AWS's `Role` and `RoleSessionName`. */
export interface SpRequestedAttribute {
  readonly name: string;
  readonly nameFormat?: string;
  readonly friendlyName?: string;
  /** `isRequired="true"`: the SP refuses a response without it. */
  readonly required: boolean;
}

/** Every `RequestedAttribute` of every `AttributeConsumingService`, in document order; nameless ones are skipped. */
export function readRequestedAttributes(descriptor: Element, md: string | undefined): SpRequestedAttribute[] {
  return childElements(descriptor, md, 'AttributeConsumingService').flatMap((service) =>
    childElements(service, md, 'RequestedAttribute').flatMap((element) => {
      const name = attribute(element, 'Name');
      if (name === undefined || name.trim() === '') return [];
      const nameFormat = attribute(element, 'NameFormat');
      const friendlyName = attribute(element, 'FriendlyName');
      return [
        {
          name,
          ...(nameFormat === undefined ? {} : { nameFormat }),
          ...(friendlyName === undefined ? {} : { friendlyName }),
          required: attribute(element, 'isRequired') === 'true',
        },
      ];
    }),
  );
}

/** The note that tells the admin to add an attribute statement for a requested attribute. */
export function requestedAttributeNote(requested: SpRequestedAttribute): string {
  const label = requested.friendlyName === undefined ? '' : ` (${requested.friendlyName})`;
  return `the SP requests ${requested.required ? 'the required' : 'an optional'} attribute ${requested.name}${label}: add an attribute statement with its value`;
}
