// peakrun FILE COMMAND [ARGS...]: runs COMMAND, waits for it, writes its peak resident memory
// (ru_maxrss, KiB) to FILE, and exits as it did (128+N after signal N). A test that starts
// commands through it learns each command's own peak, not the maximum over all its children.
#include <csignal>
#include <cstdio>
#include <cstdlib>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: peakrun FILE COMMAND [ARGS...]\n");
        return 2;
    }
    const pid_t pid = ::fork();
    if (pid < 0)
        return 2;
    if (pid == 0) {
        // A test that kills peakrun (a timeout) kills the command too.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        ::execv(argv[2], argv + 2);
        std::perror("peakrun: exec");
        std::_Exit(127);
    }
    int status = 0;
    rusage usage = {};
    while (::wait4(pid, &status, 0, &usage) < 0) {
    }
    if (std::FILE *out = std::fopen(argv[1], "w")) {
        std::fprintf(out, "%ld\n", usage.ru_maxrss);
        std::fclose(out);
    }
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return WEXITSTATUS(status);
}
