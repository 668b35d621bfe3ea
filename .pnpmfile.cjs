// Native addons (better-sqlite3 for the example server) build with node-gyp, which otherwise
// downloads Node's headers from the internet. Point it at the headers shipped with the running
// Node instead, so installs work offline.
const { existsSync } = require('node:fs');
const { dirname, join } = require('node:path');

const prefix = dirname(dirname(process.execPath));
if (!process.env.npm_config_nodedir && existsSync(join(prefix, 'include', 'node', 'node_api.h'))) {
  process.env.npm_config_nodedir = prefix;
}

module.exports = {};
