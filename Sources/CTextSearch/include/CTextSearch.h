#ifndef OPTIMIND_CTEXTSEARCH_H
#define OPTIMIND_CTEXTSEARCH_H
#include <stddef.h>

/// glibc's memmem (a GNU extension Swift's Glibc module does not expose): the offset of the first
/// occurrence of `needle` in `haystack`, or -1.
long optimind_find_bytes(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length);

/// Linux's syncfs (also a GNU extension): writes out every change to the filesystem holding `fd`.
/// 0, or -1 with errno set.
int optimind_syncfs(int fd);

#endif
