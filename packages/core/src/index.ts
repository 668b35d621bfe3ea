export { IntegrakitError, type IntegrakitErrorCode, isIntegrakitError } from './errors.js';
