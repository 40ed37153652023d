#ifndef OPTIMIND_CPOPPLER_SHIM_H
#define OPTIMIND_CPOPPLER_SHIM_H
#include <poppler.h>
#include <glib.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

/* Swift cannot call the GObject macros; these wrap what the extractor needs. */
static inline void optimind_document_unref(PopplerDocument *document) { if (document) g_object_unref(document); }
static inline void optimind_page_unref(PopplerPage *page) { if (page) g_object_unref(page); }
static inline void optimind_g_error_free(GError *error) { if (error) g_error_free(error); }
static inline void optimind_g_free(void *memory) { g_free(memory); }
static inline int optimind_poppler_error_is_encrypted(const GError *error) {
    return error != NULL && error->domain == POPPLER_ERROR && error->code == POPPLER_ERROR_ENCRYPTED;
}

/* Opens a PDF from its bytes read into memory in one go: poppler reading the file itself issues
   hundreds of small pread calls per document. On a read failure returns NULL with *error unset and
   errno set. */
static inline PopplerDocument *optimind_document_new_from_file_contents(const char *path, const char *password, GError **error) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return NULL;
    struct stat info;
    if (fstat(fd, &info) != 0) { int saved = errno; close(fd); errno = saved; return NULL; }
    size_t size = (size_t)info.st_size;
    char *data = g_try_malloc(size > 0 ? size : 1);
    if (data == NULL) { close(fd); errno = ENOMEM; return NULL; }
    size_t done = 0;
    while (done < size) {
        ssize_t count = read(fd, data + done, size - done);
        if (count < 0 && errno == EINTR) continue;
        if (count <= 0) break; /* the file shrank: parse what was there */
        done += (size_t)count;
    }
    int saved = errno;
    close(fd);
    if (done < size && done == 0 && size > 0) { g_free(data); errno = saved ? saved : EIO; return NULL; }
    GBytes *bytes = g_bytes_new_take(data, done);
    PopplerDocument *document = poppler_document_new_from_bytes(bytes, password, error);
    g_bytes_unref(bytes);
    return document;
}
#endif
