/* SPDX-License-Identifier: MIT */
/* Helpers shared by the compiler tests: scratch directories, files, and
   running the compiler in-process with its diagnostics captured.  */
#ifndef OMERRC_TEST_FIXTURE_H
#define OMERRC_TEST_FIXTURE_H

#include <stdbool.h>
#include <stddef.h>

#include "omerrc.h"

/* A fresh directory under the build tree's tests/ (removed by the caller
   with remove_tree).  */
char *make_scratch_dir (const char *name);
void remove_tree (const char *dir);
/* DIR/NAME; caller frees.  */
char *path_in (const char *dir, const char *name);
void write_file (const char *path, const char *content);
/* The whole file, NUL-terminated, or NULL if it does not exist.  */
char *read_file (const char *path, size_t *len);
size_t count_files (const char *dir);

/* Runs REQ; returns whether it succeeded and hands out the diagnostics
   as printed (caller frees).  */
bool run_compile (const struct compile_request *req, char **diagnostics);
struct table;
/* Reads and validates the table at PATH; false on any diagnostic.  */
bool read_valid_table (struct table *t, const char *path);

/* A request for MASTER with default catalog info.  */
struct compile_request default_request (const char *master);

/* The data files of the source tree.  */
#define MASTER_TABLE TOP_SRCDIR "/data/software-update-agent-errors.en.md"
#define ZH_TW_TABLE TOP_SRCDIR "/data/software-update-agent-errors.zh-TW.md"

#endif
