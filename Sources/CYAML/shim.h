#ifndef JCM_CYAML_SHIM_H
#define JCM_CYAML_SHIM_H

/* libyaml's event parser: jcm composes the nodes itself (YAMLComposer), so that every scalar
   stays text, nesting and aliases are bounded, and no tag is ever resolved to a type. */
#include <yaml.h>

#endif
