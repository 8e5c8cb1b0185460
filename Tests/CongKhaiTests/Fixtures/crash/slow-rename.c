/* Loaded with LD_PRELOAD into `congkhai build` by CrashConsistencyTests: makes the calls that
 * switch a new site in (renameat2, rename) and the ones that fill the spare copy (link,
 * unlink) slow, so that kills land inside them and not only between them. Each rename
 * first appends a byte to $CONGKHAI_SHIM_LOG, so the test can aim its kill at the switch;
 * $CONGKHAI_SHIM_EXCHANGE_MS sets how long the exchange waits before and after (30 ms).
 *
 * For the tests of issue 26: $CONGKHAI_SHIM_NO_EXCHANGE makes the exchange fail as on a file
 * system without it (NFS, SMB, exFAT, FUSE), so the writer falls back to two renames;
 * $CONGKHAI_SHIM_HOLD_SUFFIX holds a rename onto a path with that ending for 20 s before it
 * is made, having appended "H" to the log, and $CONGKHAI_SHIM_HOLD_AFTER_SUFFIX likewise once
 * it is made ("A"), so a test's kill lands exactly there. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/fs.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>

static void note(const char *mark) {
    const char *log = getenv("CONGKHAI_SHIM_LOG");
    if (!log) return;
    int descriptor = open(log, O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (descriptor < 0) return;
    (void)write(descriptor, mark, 1);
    close(descriptor);
}

static void announce(void) { note("r"); }

static int ends_with(const char *text, const char *suffix) {
    size_t length = strlen(text), count = strlen(suffix);
    return count <= length && strcmp(text + length - count, suffix) == 0;
}

int renameat2(int from_dir, const char *from, int to_dir, const char *to, unsigned int flags) {
    static int (*real)(int, const char *, int, const char *, unsigned int);
    if (!real) real = dlsym(RTLD_NEXT, "renameat2");
    const char *setting = getenv("CONGKHAI_SHIM_EXCHANGE_MS");
    useconds_t pause = (setting ? (useconds_t)atoi(setting) : 30) * 1000;
    if ((flags & RENAME_EXCHANGE) && getenv("CONGKHAI_SHIM_NO_EXCHANGE")) {
        errno = EINVAL;
        return -1;
    }
    announce();
    usleep(pause);
    int result = real(from_dir, from, to_dir, to, flags);
    usleep(pause);
    return result;
}

int rename(const char *from, const char *to) {
    static int (*real)(const char *, const char *);
    if (!real) real = dlsym(RTLD_NEXT, "rename");
    const char *hold = getenv("CONGKHAI_SHIM_HOLD_SUFFIX");
    if (hold && ends_with(to, hold)) {
        note("H");
        sleep(20);
    }
    announce();
    usleep(10000);
    int result = real(from, to);
    const char *after = getenv("CONGKHAI_SHIM_HOLD_AFTER_SUFFIX");
    if (after && ends_with(to, after)) {
        note("A");
        sleep(20);
    }
    usleep(10000);
    return result;
}

int link(const char *from, const char *to) {
    static int (*real)(const char *, const char *);
    if (!real) real = dlsym(RTLD_NEXT, "link");
    usleep(300);
    return real(from, to);
}

int unlink(const char *path) {
    static int (*real)(const char *);
    if (!real) real = dlsym(RTLD_NEXT, "unlink");
    usleep(300);
    return real(path);
}
