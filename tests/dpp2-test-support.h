/* dpp2-test-support.h — helpers shared by the C tests
 *
 * Copyright 2026 The DPP2 Toolkit authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A fresh temporary directory, removed with its contents when the test process ends. */
const char *dpp2_test_tmpdir (void);
/* A path inside dpp2_test_tmpdir() for a new file named NAME (no file is created). */
char       *dpp2_test_tmp_path (const char *name);
/* The path of a file in tests/fixtures/. */
char       *dpp2_test_fixture_path (const char *name);

/* The SHA-256 of a file's contents, to prove that a refused file was not modified. */
char       *dpp2_test_checksum_file (const char *path);
/* Copies a file byte for byte. */
void        dpp2_test_copy_file (const char *from,
                                 const char *to);

G_END_DECLS
