/* SPDX-License-Identifier: MIT */
/* The library's one reader of compiled message catalogs (GNU .mo files,
   as described in the gettext manual, "The Format of GNU MO Files").
   Internal: hidden from the shared library's users, shared by
   omerr_gettext_lang, the damaged-catalog check and the command.  */
#ifndef OMERR_MO_FILE_H
#define OMERR_MO_FILE_H

#include <stddef.h>
#include <sys/types.h>
#include <time.h>

/* A catalog in memory (read, or mapped when large) whose every offset and
   length was checked to lie inside the file, and whose strings all end in
   a NUL inside it.  */
struct omerr_mo;

/* Maps and checks the catalog at PATH.  NULL when there is none there to
   use; errno then tells why: EINVAL when the file is one the C library's
   gettext would load (a regular file of 48 bytes or more with the magic
   number and major revision 0 or 1, or a FIFO, which would block it) but
   whose contents cannot be trusted, any other value when gettext would
   ignore the file too (absent, a directory, too short, not a catalog).  */
struct omerr_mo *omerr_mo_open (const char *path);
/* The same for PATH relative to the directory open as DIR_FD.  */
struct omerr_mo *omerr_mo_openat (int dir_fd, const char *path);
/* What checking many catalogs in turn shares (all zero at first; the
   caller frees BUFFER): the memory the first one was read into, reused,
   and the files found sound so far, by device, inode, size and change
   time as the open file had them, which are not read again while they
   stay so (the Chinese variants are links to the zh_TW catalog:
   po/variants.mk; the damaged-catalog check keeps one set for the
   process, so that each installed table's catalogs are read once; a
   file written since, or a new file at a freed inode, is read again).  */
struct omerr_mo_checks
{
  unsigned char *buffer;
  size_t capacity;
  size_t sound;                 /* entries of FILE in use */
  struct
  {
    dev_t dev;
    ino_t ino;
    off_t size;
    struct timespec ctime;
  } file[64];
};
/* Checks the catalog at PATH relative to DIR_FD as omerr_mo_openat does,
   keeping nothing: 0 when it can be trusted, else the errno value
   omerr_mo_openat would leave (ENOENT and the like for no file).  */
int omerr_mo_check_at (int dir_fd, const char *path,
                       struct omerr_mo_checks *checks);

/* The translation of MSGID, or NULL when there is none (an empty
   translation counts as none, as in gettext).  */
const char *omerr_mo_get (const struct omerr_mo *mo, const char *msgid);

/* The number of entries, and entry I's original and translation (I below
   the count), in the order of the file (sorted by original).  */
size_t omerr_mo_count (const struct omerr_mo *mo);
const char *omerr_mo_msgid_at (const struct omerr_mo *mo, size_t i);
const char *omerr_mo_msgstr_at (const struct omerr_mo *mo, size_t i);

/* The value of the header field NAME ("Language", "Content-Type"),
   without surrounding blanks, in storage the caller frees; NULL when the
   header has no such field or memory runs out.  */
char *omerr_mo_header_field (const struct omerr_mo *mo, const char *name);

void omerr_mo_close (struct omerr_mo *mo);

#endif
