#!/usr/bin/python3
# test-accessibility.py — every control of every page has a name for assistive technology
#
# Copyright 2026 The DPP2 Toolkit authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-accessibility.py APP [PAGE...]
# Starts APP on a fresh example organisation once per PAGE (by default every page in
# src/pages/dpp2-page-registry.c) (opened through the "last-page"
# setting), reads its accessibility tree over AT-SPI and fails listing every button, entry,
# check box or drop-down whose name is empty or only its GTK type ("GtkMenuButton"): that
# is what GTK 4.8 announces for an icon-only button without an accessible label. On the
# Sprint Board it also fails when no card reads out its title and details.
# Needs a display and a session bus with the accessibility bus (tools/check provides both),
# and Debian's /usr/bin/python3 with gi.repository.Atspi.
import os
import re
import subprocess
import sys
import tempfile
import time

try:
    import gi
    gi.require_version("Atspi", "2.0")
    from gi.repository import Atspi
except (ImportError, ValueError) as error:
    print("1..0 # SKIP AT-SPI is not available: %s" % error)
    sys.exit(77)

CONTROLS = {
    Atspi.Role.PUSH_BUTTON, Atspi.Role.TOGGLE_BUTTON, Atspi.Role.CHECK_BOX,
    Atspi.Role.RADIO_BUTTON, Atspi.Role.COMBO_BOX, Atspi.Role.ENTRY, Atspi.Role.TEXT,
    Atspi.Role.SPIN_BUTTON, Atspi.Role.SLIDER,
}
TYPE_NAME = re.compile(r"^(Gtk|Adw|Dpp2)[A-Z][A-Za-z]*$")


def find_app(pid):
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and app.get_process_id() == pid:
            return app
    return None


def is_named(node):
    name = (node.get_name() or "").strip()
    return bool(name) and not TYPE_NAME.match(name)


def unnamed_controls(node, path, found, inside_named_control=False):
    for i in range(node.get_child_count()):
        child = node.get_child_at_index(i)
        if child is None or not child.get_state_set().contains(Atspi.StateType.VISIBLE):
            continue
        here = path + ["%s “%s”" % (child.get_role_name(), (child.get_name() or "").strip())]
        is_control = child.get_role() in CONTROLS
        # The button inside a named drop-down or menu button is part of that control.
        if is_control and not inside_named_control and not is_named(child):
            found.append(" › ".join(here[-4:]))
        unnamed_controls(child, here, found,
                         inside_named_control or (is_control and is_named(child)))
    return found


def read_cards(node, found):
    """The board's cards: one group each, named by the title, described by the rest (they
    are drawn, not made of labels)."""
    for i in range(node.get_child_count()):
        child = node.get_child_at_index(i)
        if child is None:
            continue
        description = child.get_description() or ""
        if child.get_role() == Atspi.Role.PANEL and is_named(child) and " pt" in description:
            found.append(child)
        read_cards(child, found)
    return found


def check_page(app_path, page, workdir):
    config = os.path.join(workdir, page, "config")
    os.makedirs(os.path.join(config, "glib-2.0", "settings"))
    with open(os.path.join(config, "glib-2.0", "settings", "keyfile"), "w") as keyfile:
        keyfile.write("[com/dpp2/Toolkit]\nlast-page='%s'\n" % page)
    env = dict(os.environ, GSETTINGS_BACKEND="keyfile", XDG_CONFIG_HOME=config,
               XDG_DATA_HOME=os.path.join(workdir, page, "data"), NO_AT_BRIDGE="0",
               GTK_A11Y="atspi")
    process = subprocess.Popen([app_path, "--example"], env=env)
    try:
        app = None
        for _ in range(150):
            time.sleep(0.2)
            app = find_app(process.pid)
            if app is not None and app.get_child_count() > 0:
                break
        if app is None:
            return ["the application did not appear on the accessibility bus"]
        time.sleep(2)  # let the page fill in
        problems = unnamed_controls(app, [], [])
        if page == "board" and not read_cards(app, []):
            problems.append("no card of the board reads its title and details")
        return problems
    finally:
        process.terminate()
        process.wait()


def registered_pages():
    registry = os.path.join(os.environ["DPP2_SOURCE_ROOT"], "src", "pages", "dpp2-page-registry.c")
    with open(registry) as source:
        return re.findall(r'^\s*\{\s*"([a-z-]+)"\s*,', source.read(), re.M)


def main():
    app_path, pages = sys.argv[1], sys.argv[2:] or registered_pages()
    print("1..%d" % len(pages))
    failed = 0
    with tempfile.TemporaryDirectory(prefix="dpp2-a11y-") as workdir:
        for number, page in enumerate(pages, 1):
            problems = check_page(app_path, page, workdir)
            if problems:
                failed += 1
                print("not ok %d %s: %d controls without a name" % (number, page, len(problems)))
                for problem in problems:
                    print("# %s" % problem)
            else:
                print("ok %d %s" % (number, page))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
