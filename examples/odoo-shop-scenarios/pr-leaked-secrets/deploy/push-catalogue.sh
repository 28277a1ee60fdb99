#!/usr/bin/env bash
set -euo pipefail
# The token comes from the environment; it is piped, never printed.
: "${STOREFRONT_TOKEN:?set STOREFRONT_TOKEN}"
echo "$STOREFRONT_TOKEN" | gh auth login --with-token
gh release upload catalogue dist/catalogue.json
