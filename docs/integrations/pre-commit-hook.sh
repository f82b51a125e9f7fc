#!/usr/bin/env bash
# A plain git pre-commit hook for those without the pre-commit framework.
# Install: cp docs/integrations/pre-commit-hook.sh .git/hooks/pre-commit && chmod +x .git/hooks/pre-commit
# It checks each ledger staged in this commit, YAML or workbook (.xlsx; Excel's ~$ owner files left out),
# as it is staged (not the working copy) and stops the commit on errors. Names come NUL-separated, so
# Japanese and spaced names arrive as they are; YAML that is not a ledger (a workflow,
# .dokodemo-check.yaml) is left out by --skip-non-ledgers.
# dokodemo-check is taken from the repository's node_modules (npm install --save-dev, see the README),
# else from PATH. Git runs hooks at the top of the working tree.
set -u
check=dokodemo-check
[ -x node_modules/.bin/dokodemo-check ] && check=node_modules/.bin/dokodemo-check
status=0
while IFS= read -r -d '' ledger; do
  git show ":$ledger" | "$check" --skip-non-ledgers --stdin-filename "$ledger" - || status=$?
done < <(git diff --cached --name-only -z --diff-filter=ACMR -- ':(icase)*.yaml' ':(icase)*.yml' ':(icase)*.xlsx' ':(exclude,glob)**/~$*')
exit "$status"
