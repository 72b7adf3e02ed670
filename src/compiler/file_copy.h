/* Copying bytes between streams, for the outputs and the catalog writer.  */
#ifndef OMERRC_FILE_COPY_H
#define OMERRC_FILE_COPY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* Copies the next N bytes of IN to OUT; false when IN has fewer or
   either stream fails (errno then says why).  */
bool file_copy (FILE *in, FILE *out, size_t n);

#endif
