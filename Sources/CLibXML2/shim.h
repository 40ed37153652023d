#ifndef OPTIMIND_CLIBXML2_SHIM_H
#define OPTIMIND_CLIBXML2_SHIM_H
/* ICU types clash with Foundation's copy on clean builds ("'UErrorCode' has different
   definitions in different modules"); the extractor needs nothing from ICU. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/* xmlFree is a global function pointer, which Swift cannot call directly. */
static inline void optimind_xml_free(void *memory) { xmlFree(memory); }

static void optimind_xml_silent(void *context, xmlErrorPtr error) { (void)context; (void)error; }

/* Keeps libxml2 quiet on this thread: parse errors are reported through the return value. */
static inline void optimind_xml_silence_errors(void) {
    xmlSetStructuredErrorFunc(NULL, optimind_xml_silent);
}
#endif
