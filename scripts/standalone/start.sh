#!/bin/sh
# The one way Regionläget's server is started: in the container (Dockerfile CMD), in CI/e2e (playwright.config.ts)
# and by `npm run start`. It runs the standalone server.js that sits next to this file.
# Environment (the same everywhere):
#   PORT                 port to listen on (default 3000)
#   BIND_ADDRESS         address to listen on (default 127.0.0.1; the container sets 0.0.0.0)
#   REGIONLAGET_DATASET  optional dataset file for benchmarks and test fixtures (default data/dataset.json)
set -eu
cd "$(dirname "$0")"
export NODE_ENV=production
export NEXT_TELEMETRY_DISABLED=1
export PORT="${PORT:-3000}"
# server.js listens on HOSTNAME; Docker and some shells set HOSTNAME to the machine's name, so it is set here.
export HOSTNAME="${BIND_ADDRESS:-127.0.0.1}"
exec node server.js
