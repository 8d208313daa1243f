#!/usr/bin/env bash
# The README's test command: formatting check, warnings-as-errors build, then every test.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

echo "== restore"
dotnet restore AmlNavigator.slnx --nologo -v q
echo "== format check"
dotnet format AmlNavigator.slnx --verify-no-changes --no-restore
echo "== build (warnings are errors)"
dotnet build AmlNavigator.slnx -c Release --no-restore --nologo -v q
echo "== tests"
dotnet test AmlNavigator.slnx -c Release --no-build --nologo -v q
