#ifndef OPTIMIND_CCAIRO_SHIM_H
#define OPTIMIND_CCAIRO_SHIM_H
#include <cairo.h>
#include <cairo-pdf.h>
#endif
