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
/* A document over bytes that stay put for its life (no copy). poppler_document_new_from_bytes would
   wrap them in a GBytes; this older call says the same thing directly. */
static inline PopplerDocument *optimind_document_from_static_data(const char *data, int length, GError **error) {
    G_GNUC_BEGIN_IGNORE_DEPRECATIONS
    PopplerDocument *document = poppler_document_new_from_data((char *)data, length, NULL, error);
    G_GNUC_END_IGNORE_DEPRECATIONS
    return document;
}
/* A page's form fields: poppler_page_free_form_field_mapping takes the list the mapping call returned. */
static inline GList *optimind_list_next(GList *list) { return list ? list->next : NULL; }
static inline PopplerFormFieldMapping *optimind_mapping_of(GList *list) { return list ? (PopplerFormFieldMapping *)list->data : NULL; }
#endif
