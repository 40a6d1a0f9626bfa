// libxml2's forgiving HTML parser (Debian libxml2-dev): the DOM nq's web page reader scores.
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU; its encoding header would then bring in ICU's headers, which clash with
// the copy inside Foundation. nq uses no field of the encoding handler, only pointers to it.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/encoding.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>

// xmlFree is a global function pointer; Swift 6 sees a mutable global. Called through a function here.
static inline void nq_xml_free(void *p) { xmlFree(p); }
