#ifndef JCM_CLIBXML2_SHIM_H
#define JCM_CLIBXML2_SHIM_H

/* xmlversion.h first, so the ICU switch can be turned off before any header
   pulls in ICU types that clash with Foundation's private ICU module. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlsave.h>

/* xmlFree is a mutable C global, which Swift 6 refuses to read directly. */
static inline void jcm_xml_free(void *p) {
    xmlFree(p);
}

#endif
