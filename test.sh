#!/usr/bin/env bash
# The README's test command: real test services, formatting check, warnings-as-errors build, then every test.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

echo "== test services (PostgreSQL, Chromium)"
# Installs (as root, from Debian) and starts what the storage and browser tests need, and exports where it is.
eval "$(tools/setup-test-services.sh)"
echo "AMLNAV_TEST_POSTGRES=${AMLNAV_TEST_POSTGRES:-<not available>}  AMLNAV_CHROMIUM=${AMLNAV_CHROMIUM:-<not available>}"

echo "== restore"
dotnet restore AmlNavigator.slnx --nologo -v q
echo "== format check"
dotnet format AmlNavigator.slnx --verify-no-changes --no-restore
echo "== build (warnings are errors)"
dotnet build AmlNavigator.slnx -c Release --no-restore --nologo -v q
echo "== tests"
log="$(mktemp)"
status=0
dotnet test AmlNavigator.slnx -c Release --no-build --nologo -v q 2>&1 | tee "$log" || status=$?
# One summary line over every test project ("N passed, N failed, N skipped").
awk '/(Passed|Failed)! +- +Failed:/ {
       for (i = 1; i <= NF; i++) { gsub(",", "", $(i+1));
         if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
