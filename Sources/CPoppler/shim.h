#ifndef OPTIMIND_CPOPPLER_SHIM_H
#define OPTIMIND_CPOPPLER_SHIM_H
#include <poppler.h>
#include <glib.h>

/* Swift cannot call the GObject macros; these wrap what the extractor needs. */
static inline void optimind_document_unref(PopplerDocument *document) { if (document) g_object_unref(document); }
static inline void optimind_page_unref(PopplerPage *page) { if (page) g_object_unref(page); }
static inline void optimind_g_error_free(GError *error) { if (error) g_error_free(error); }
static inline void optimind_g_free(void *memory) { g_free(memory); }
static inline int optimind_poppler_error_is_encrypted(const GError *error) {
    return error != NULL && error->domain == POPPLER_ERROR && error->code == POPPLER_ERROR_ENCRYPTED;
}
#endif
