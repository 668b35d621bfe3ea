import { defineConfig } from 'tsup';
import { dualPackageOptions } from '../../scripts/tsup-entries.js';

export default defineConfig(dualPackageOptions());
