#define _GNU_SOURCE
#include <string.h>
#include <unistd.h>
#include "CTextSearch.h"

long optimind_find_bytes(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length) {
    const char *hit = memmem(haystack, haystack_length, needle, needle_length);
    return hit ? (long)(hit - (const char *)haystack) : -1;
}

int optimind_syncfs(int fd) {
    return syncfs(fd);
}
