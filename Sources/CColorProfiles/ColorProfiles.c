// Text extraction needs no colour management, yet poppler builds a LittleCMS display transform for
// every page of a PDF that carries an OutputIntent ICC profile (Gfx::initDisplayProfile), which was
// measured at 96% of pdftotext's instructions on real contracts. This file defines
// cmsOpenProfileFromMem in the executable and the linker exports it, so libpoppler binds to it
// instead of liblcms2's. While an extraction worker has turned declining on, it returns NULL, and
// poppler goes on without a display profile; otherwise it forwards to the real LittleCMS function,
// so nothing that renders is ever affected.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdatomic.h>
#include <stddef.h>

#include "CColorProfiles.h"

static atomic_int decline_profiles = 0;
static atomic_long declined_profiles = 0;

void optimind_decline_color_profiles(int decline) { atomic_store(&decline_profiles, decline); }

long optimind_declined_color_profiles(void) { return atomic_load(&declined_profiles); }

typedef void *(*open_profile_from_memory)(const void *memory, unsigned int size);

__attribute__((visibility("default"))) void *cmsOpenProfileFromMem(const void *memory, unsigned int size) {
    if (atomic_load(&decline_profiles)) {
        atomic_fetch_add(&declined_profiles, 1);
        return NULL;
    }
    static _Atomic(open_profile_from_memory) real = NULL;
    open_profile_from_memory function = atomic_load(&real);
    if (function == NULL) {
        function = (open_profile_from_memory)dlsym(RTLD_NEXT, "cmsOpenProfileFromMem");
        atomic_store(&real, function);
    }
    return function ? function(memory, size) : NULL;
}
