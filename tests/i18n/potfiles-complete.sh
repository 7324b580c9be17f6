#!/usr/bin/env bash
# tests/i18n/potfiles-complete.sh — po/POTFILES.in lists every file with translatable strings
#
# Copyright 2026 The DPP2 Toolkit authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A file missing from POTFILES.in never reaches the translators, so its strings stay English;
# a listed file that is gone breaks xgettext. tools/update-po rewrites the list.
set -euo pipefail
cd "${DPP2_SOURCE_ROOT:-$(dirname "${BASH_SOURCE[0]}")/../..}"
source tests/i18n/i18n-lib.sh

status=0
listed="$(grep -vE '^[[:space:]]*(#|$)' po/POTFILES.in | LC_ALL=C sort -u)"

while read -r file; do
  [[ -z $file ]] && continue
  if ! grep -qxF "$file" <<<"$listed"; then
    echo "not ok: $file has translatable strings but is not in po/POTFILES.in (run tools/update-po)"
    status=1
  fi
done < <(list_translatable)

while read -r file; do
  [[ -z $file ]] && continue
  if [[ ! -f $file ]]; then
    echo "not ok: po/POTFILES.in lists $file, which does not exist"
    status=1
  fi
done <<<"$listed"

if [[ $status -eq 0 ]]; then
  echo "ok: po/POTFILES.in lists all $(grep -c . <<<"$listed") files with translatable strings"
fi
exit $status
