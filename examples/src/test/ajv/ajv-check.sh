#!/usr/bin/env bash
# Checks every shipped example document against the published JSON Schemas with Ajv (draft 2020-12), a JSON
# Schema implementation independent of the one Cadre uses. Run by the examples module's build (phase verify);
# skip it with -Dcadre.ajv.skip=true. Ajv is installed from the npm registry into examples/target/ajv on first
# use (and again when package.json changes).
set -euo pipefail
here="$(cd "${BASH_SOURCE[0]%/*}" && pwd)"
module="$(cd "$here/../../.." && pwd)"
target="$module/target/ajv"
schemas="$module/../framework-json/src/main/resources/org/cadre/json/schema"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "[ajv] SKIPPED: Node.js (node and npm) is not on the PATH, so the shipped examples were NOT checked" \
       "against the published schemas with Ajv. Install Node.js 18 or later to run this check." >&2
  exit 0
fi

if [ ! -f "$target/node_modules/ajv/package.json" ] || [ ! -f "$target/node_modules/ajv-formats/package.json" ] \
    || ! cmp -s "$here/package.json" "$target/package.json"; then
  echo "[ajv] installing Ajv from the npm registry into $target"
  rm -rf "$target"
  mkdir -p "$target"
  cp "$here/package.json" "$target/package.json"
  (cd "$target" && npm install --no-audit --no-fund --ignore-scripts --loglevel=error)
fi

exec node "$here/check-examples.cjs" "$target/node_modules" "$schemas" "$module"
