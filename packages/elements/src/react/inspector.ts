import { createComponent } from '@lit/react';
import * as React from 'react';
import { IkInspector } from '../components/inspector/define.js';

/**
 * `<ik-inspector>` for React. Properties (`value`, `integrations`, `integrationId`, `issuer`,
 * `idpCertificate`, `now`) pass through; the element fires no events.
 */
export const Inspector = createComponent({ tagName: 'ik-inspector', elementClass: IkInspector, react: React });
