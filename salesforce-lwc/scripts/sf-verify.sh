#!/usr/bin/env bash
# Deploys force-app to an authorised scratch org or sandbox, assigns the
# permission sets and runs every Apex test with coverage. Needs the Salesforce
# CLI (sf) and an org: SF_TARGET_ORG (an alias or username sf knows), or
# SF_AUTH_URL (an sfdx auth URL, as `sf org display --verbose` prints it).
# Not runnable without an org: it says so and exits 2.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v sf >/dev/null 2>&1; then
  echo "sf:verify needs the Salesforce CLI (npm install -g @salesforce/cli)" >&2
  exit 2
fi
org="${SF_TARGET_ORG:-}"
if [ -z "$org" ] && [ -n "${SF_AUTH_URL:-}" ]; then
  file="$(mktemp)"
  trap 'rm -f "$file"' EXIT
  printf '%s' "$SF_AUTH_URL" > "$file"
  sf org login sfdx-url --sfdx-url-file "$file" --alias ma-verify
  org=ma-verify
fi
if [ -z "$org" ]; then
  echo "sf:verify needs an org: set SF_TARGET_ORG (alias or username) or SF_AUTH_URL" >&2
  exit 2
fi

sf project deploy start --source-dir force-app --target-org "$org" --wait 30
sf org assign permset --name MA_Maturity_Admin --name MA_Maturity_Member --target-org "$org"
sf apex run test --target-org "$org" --test-level RunLocalTests --code-coverage --result-format human --wait 30
