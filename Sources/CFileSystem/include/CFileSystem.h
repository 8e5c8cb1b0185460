#ifndef CFILESYSTEM_H
#define CFILESYSTEM_H

/// Swaps two directory entries on the same file system in one step (Linux renameat2 with
/// RENAME_EXCHANGE, macOS renamex_np with RENAME_SWAP). Returns 0, or -1 with errno set;
/// errno is EINVAL or ENOSYS where the file system or kernel cannot do it.
int ck_exchange_paths(const char *first, const char *second);

#endif
