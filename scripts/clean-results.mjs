// Forgets the previous run's test results so the summary only counts this run.
import { rmSync } from 'node:fs';

rmSync('.tmp/results', { recursive: true, force: true });
