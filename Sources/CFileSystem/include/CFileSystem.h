#ifndef JCM_CFILESYSTEM_H
#define JCM_CFILESYSTEM_H

/* Swaps two paths in one step (Linux renameat2 with RENAME_EXCHANGE): 0 on success, else the
   errno; ENOSYS where the platform has no such call. */
int jcm_exchange_paths(const char *first, const char *second);

#endif
