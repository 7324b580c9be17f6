#!/usr/bin/env bash
# tests/i18n/po-complete.sh — po/LANG.po translates every string of the current source
#
# Copyright 2026 The DPP2 Toolkit authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: po-complete.sh [LANG]   (default nl)
# Compares the catalogue with a template made fresh from the sources (not the committed
# one, which may be stale), so a new string without a translation fails here.
set -euo pipefail
cd "${DPP2_SOURCE_ROOT:-$(dirname "${BASH_SOURCE[0]}")/../..}"
source tests/i18n/i18n-lib.sh

lang="${1:-nl}"
po="po/$lang.po"
if [[ ! -f $po ]]; then
  echo "not ok: $po does not exist"
  exit 1
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
make_pot "$tmp/$GETTEXT_PACKAGE.pot"
msgmerge --quiet --no-wrap "$po" "$tmp/$GETTEXT_PACKAGE.pot" -o "$tmp/merged.po"

status=0
# msgattrib keeps the header when nothing matches, so look for entries other than it.
for kind in untranslated only-fuzzy; do
  msgattrib --no-wrap --no-obsolete "--$kind" "$tmp/merged.po" -o "$tmp/$kind.po"
  [[ -s "$tmp/$kind.po" ]] || continue
  # One paragraph per entry; print its msgctxt and msgid lines, skip the header (empty msgid).
  entries="$(awk 'BEGIN { RS = "" }
    $0 ~ /(^|\n)msgid ""\nmsgstr/ { next }
    { n = split($0, line, "\n"); shown = 0
      for (i = 1; i <= n; i++) {
        if (line[i] ~ /^msgstr/) break
        if (line[i] ~ /^(msgctxt|msgid|")/) { print "    " line[i]; shown = 1 }
      }
      if (shown) print "" }' "$tmp/$kind.po")"
  if [[ -n $entries ]]; then
    echo "not ok: $po has $(grep -c '^    msgid' <<<"$entries") ${kind#only-} message(s):"
    echo "$entries"
    status=1
  fi
done

if ! msgfmt --check --statistics -o /dev/null "$po" 2>"$tmp/msgfmt.log"; then
  echo "not ok: msgfmt --check $po:"
  sed 's/^/    /' "$tmp/msgfmt.log"
  status=1
fi

if [[ $status -eq 0 ]]; then
  echo "ok: $po is complete ($(cat "$tmp/msgfmt.log"))"
fi
exit $status
