#!/bin/sh
# A plain git pre-commit hook for those without the pre-commit framework.
# Install: cp docs/integrations/pre-commit-hook.sh .git/hooks/pre-commit && chmod +x .git/hooks/pre-commit
# It checks the ledgers staged in this commit, as they are staged, and stops the commit on errors.
set -eu
ledgers=$(git diff --cached --name-only --diff-filter=ACMR -- '*.yaml' '*.yml' | grep -v '^\.dokodemo-check\.yaml$' || true)
[ -z "$ledgers" ] && exit 0
status=0
for ledger in $ledgers; do
  git show ":$ledger" | npx --no-install dokodemo-check - --stdin-filename "$ledger" || status=$?
done
exit $status
