#ifndef OPTIMIND_CPOPPLER_SHIM_H
#define OPTIMIND_CPOPPLER_SHIM_H
#include <poppler.h>
#include <glib.h>

/* Swift cannot call the GObject macros; these wrap what the extractor needs. */
static inline void optimind_g_object_unref(void *object) { if (object) g_object_unref(object); }
static inline void optimind_g_error_free(GError *error) { if (error) g_error_free(error); }
static inline void optimind_g_free(void *memory) { g_free(memory); }
static inline int optimind_poppler_error_is_encrypted(const GError *error) {
    return error != NULL && error->domain == POPPLER_ERROR && error->code == POPPLER_ERROR_ENCRYPTED;
}
#endif
