#ifndef OMERR_SEARCH_H
#define OMERR_SEARCH_H

/* Whether NEEDLE occurs in HAYSTACK ignoring case; both are in the
   locale's charset.  */
int contains_ignoring_case (const char *haystack, const char *needle);

#endif
