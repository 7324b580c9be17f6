#!/bin/sh
# check-mime.sh — the MIME type installs cleanly and a double click finds the app's documents
#
# Copyright 2026 The DPP2 Toolkit authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-mime.sh MIME-XML
# update-mime-database exits 0 even when it rejects a rule, so any message it prints fails
# the test. Then GIO, which the file manager uses, must call a *.dpp2 SQLite file
# application/x-dpp2 and must not claim other SQLite files. Exits 77 (skipped) without the tools.
set -u

xml=$1
command -v update-mime-database >/dev/null 2>&1 || { echo "update-mime-database not found"; exit 77; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/mime/packages"
cp "$xml" "$tmp/mime/packages/com.dpp2.Toolkit.xml"

# The tree is on XDG_DATA_DIRS so that update-mime-database does not warn that it is not.
XDG_DATA_DIRS="$tmp" update-mime-database "$tmp/mime" >"$tmp/output" 2>&1
rc=$?
if [ $rc -ne 0 ] || [ -s "$tmp/output" ]; then
  cat "$tmp/output"
  echo "FAIL: update-mime-database rejected $xml (exit $rc)"
  exit 1
fi
grep -q '^[0-9]*:application/x-dpp2:\*\.dpp2$' "$tmp/mime/globs2" || {
  echo "FAIL: no *.dpp2 glob for application/x-dpp2"; exit 1; }

command -v gio >/dev/null 2>&1 || { echo "gio not found: skipping the detection check"; exit 0; }

# A minimal SQLite header is enough for the magic rules; the rest of the page is padding.
mkdir "$tmp/files"
printf 'SQLite format 3\000' >"$tmp/files/header"
head -c 84 /dev/zero >>"$tmp/files/header"
cp "$tmp/files/header" "$tmp/files/plan.dpp2"
cp "$tmp/files/header" "$tmp/files/other.sqlite"
cp "$tmp/files/header" "$tmp/files/noname"

content_type () {
  XDG_DATA_DIRS="$tmp:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}" \
    gio info -a standard::content-type "$1" | sed -n 's/^ *standard::content-type: //p'
}

failed=0
type=$(content_type "$tmp/files/plan.dpp2")
if [ "$type" = application/x-dpp2 ]; then
  echo "ok: plan.dpp2 is $type"
else
  echo "FAIL: plan.dpp2 is '$type', expected application/x-dpp2"; failed=1
fi
for name in other.sqlite noname; do
  type=$(content_type "$tmp/files/$name")
  if [ "$type" = application/x-dpp2 ]; then
    echo "FAIL: $name, an SQLite file without the .dpp2 extension, is application/x-dpp2"
    failed=1
  else
    echo "ok: $name is $type"
  fi
done
exit $failed
