# tests/i18n/i18n-lib.sh — what the translation check and tools/update-po share
#
# Copyright 2026 The DPP2 Toolkit authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sourced, not run, from the source root: the tests in this folder and tools/update-po use
# the same rules, so what update-po writes is what the tests expect.

GETTEXT_PACKAGE=dpp2-toolkit

# Prints, sorted, every file of the source tree that has translatable strings. xgettext
# itself decides, with the same rules as make_pot, so a macro named in a comment does not
# count and a string in any form it knows does.
list_translatable() {
  local tmp
  tmp="$(mktemp -d)"
  # The kinds of files that can hold strings: C sources, GtkBuilder templates, the desktop
  # entry, the metainfo and the settings schema.
  {
    find src -name '*.c' -o -name '*.h'
    find data -name '*.ui' -o -name '*.metainfo.xml.in' -o -name '*.gschema.xml' \
      -o -name '*.desktop.in'
    find . -maxdepth 1 -name '*.desktop' -printf '%P\n'
  } | LC_ALL=C sort >"$tmp/candidates"
  run_xgettext "$tmp/candidates" "$tmp/all.pot"
  # Every "#: file:line file:line" reference names a file with a string.
  if [[ -f "$tmp/all.pot" ]]; then
    grep '^#: ' "$tmp/all.pot" | tr ' ' '\n' | grep -v '^#:$' | sed 's/:[0-9]*$//' |
      LC_ALL=C sort -u
  fi
  rm -rf "$tmp"
}

# Writes a fresh template of every string in po/POTFILES.in to FILE.
make_pot() {
  local list
  list="$(mktemp)"
  grep -vE '^[[:space:]]*(#|$)' po/POTFILES.in >"$list"
  run_xgettext "$list" "$1"
  rm -f "$list"
}

# Extracts the strings of the files listed in LISTFILE into the template OUTPUT, with the
# keywords and flags of meson's glib gettext preset (i18n.gettext(..., preset: 'glib')).
run_xgettext() {
  local listfile="$1" output="$2"
  xgettext --package-name="$GETTEXT_PACKAGE" -D . -f "$listfile" -o "$output" \
    --from-code=UTF-8 --add-comments \
    -k_ --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
    --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
    --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
    --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
    --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
    --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
    --flag=g_markup_printf_escaped:1:c-format --flag=g_log:3:c-format \
    --flag=g_print:1:c-format --flag=g_printerr:1:c-format --flag=g_printf:1:c-format \
    --flag=g_fprintf:2:c-format --flag=g_sprintf:2:c-format --flag=g_snprintf:3:c-format
}
