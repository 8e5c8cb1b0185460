// Swift's Glibc module does not expose renameat2 (it needs _GNU_SOURCE), so the one call
// the output writer's atomic switch depends on lives here.
#define _GNU_SOURCE
#include "CFileSystem.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>


int ck_exchange_paths(const char *first, const char *second) {
#if defined(__linux__)
    // glibc's wrapper (2.28 and later), so tools that interpose it (the crash tests' slow
    // rename shim) see the call.
    return renameat2(AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
#elif defined(__APPLE__)
    return renamex_np(first, second, RENAME_SWAP);
#else
    errno = ENOSYS;
    return -1;
#endif
}
