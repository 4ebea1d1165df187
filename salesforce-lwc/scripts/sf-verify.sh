#!/usr/bin/env bash
# Verifies the package in an authorised scratch org or sandbox:
#  1. deploys force-app running every local Apex test, as a production deploy
#     does (`--test-level RunLocalTests`: a failing test or coverage under 75 %
#     refuses the deploy and nothing is saved);
#  2. assigns the permission sets to the CLI's user (an assignment it already
#     has counts as done, so the script can run again);
#  3. runs every local test again for the per-class coverage report, and fails
#     when a test fails or the run does not finish within the wait.
# Needs the Salesforce CLI (sf) and an org: SF_TARGET_ORG (an alias or username
# sf knows), or SF_AUTH_URL (an SFDX auth URL, as `sf org auth show-sfdx-auth-url`
# shows it). Without either it says so and exits 2. Results (JSON) go to
# SF_VERIFY_RESULTS (default: a new temporary folder). Every command and flag is
# as the Salesforce CLI reference gives it (README "Verify in an org").
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v sf >/dev/null 2>&1; then
  echo "sf:verify needs the Salesforce CLI (npm install -g @salesforce/cli)" >&2
  exit 2
fi
org="${SF_TARGET_ORG:-}"
if [ -z "$org" ] && [ -z "${SF_AUTH_URL:-}" ]; then
  echo "sf:verify needs an org: set SF_TARGET_ORG (alias or username) or SF_AUTH_URL" >&2
  exit 2
fi
results="${SF_VERIFY_RESULTS:-$(mktemp -d)}"
mkdir -p "$results"
if [ -z "$org" ]; then
  # A file only the current user can read, removed on exit: the URL holds a refresh token.
  file="$(mktemp)"
  trap 'rm -f "$file"' EXIT
  printf '%s' "$SF_AUTH_URL" > "$file"
  sf org login sfdx-url --sfdx-url-file "$file" --alias ma-verify
  org=ma-verify
fi

echo "== deploy force-app to $org, running every local Apex test"
sf project deploy start --source-dir force-app --target-org "$org" --test-level RunLocalTests --wait 60

echo "== permission sets"
for permset in MA_Maturity_Admin MA_Maturity_Member; do
  sf org assign permset --name "$permset" --target-org "$org" --json > "$results/permset-$permset.json" || true
  node scripts/sf-verify-check.mjs assignment "$results/permset-$permset.json" "$permset"
done

echo "== Apex tests with code coverage (results in $results)"
sf apex run test --target-org "$org" --test-level RunLocalTests --code-coverage --wait 60 --json > "$results/apex-tests.json" || true
node scripts/sf-verify-check.mjs tests "$results/apex-tests.json" "$org"
