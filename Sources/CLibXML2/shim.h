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
#include <libxml/xmlIO.h>
#include <string.h>

/* Loads nothing but local files: every URL with a scheme other than file: is refused, so that
   no schema or document can make jcm reach the network. */
static inline xmlParserInputPtr jcm_local_only_loader(const char *url, const char *id, xmlParserCtxtPtr context) {
    if (url != NULL && strstr(url, "://") != NULL && strncmp(url, "file://", 7) != 0) {
        return NULL;
    }
    return xmlNoNetExternalEntityLoader(url, id, context);
}

static inline void jcm_install_local_only_loader(void) {
    xmlSetExternalEntityLoader(jcm_local_only_loader);
}

/* xmlFree is a mutable C global, which Swift 6 refuses to read directly. */
static inline void jcm_xml_free(void *p) {
    xmlFree(p);
}

#endif
