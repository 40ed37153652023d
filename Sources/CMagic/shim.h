#ifndef OPTIMIND_CMAGIC_SHIM_H
#define OPTIMIND_CMAGIC_SHIM_H
#include <magic.h>
#endif
