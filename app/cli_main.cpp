// ratings-workbench-cli: the headless runner. Parsing and output live in app::cli (rw_cli).

#include <atomic>
#include <chrono>
#include <csignal>
#include <iostream>
#include <stop_token>
#include <thread>

#include "cli/command_line.h"

#if defined(_WIN32)
#include <io.h>
#define RW_ISATTY(fd) _isatty(fd)
#else
#include <unistd.h>
#define RW_ISATTY(fd) isatty(fd)
#endif

namespace {
std::atomic<bool> g_interrupted{false};
extern "C" void onInterrupt(int) {
    g_interrupted.store(true);
}
}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    std::stop_source stop;
    // Ctrl+C asks training (or a sweep's trainings) to stop after the current batch; a second
    // Ctrl+C kills.
    std::signal(SIGINT, onInterrupt);
    std::jthread watcher([&](std::stop_token done) {
        while (!done.stop_requested()) {
            if (g_interrupted.exchange(false)) {
                std::cerr << "\ninterrupted: stopping after this batch (a training keeps its best "
                             "weights so far; a sweep goes on with sweep --resume)\n";
                stop.request_stop();
                std::signal(SIGINT, SIG_DFL);
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    });
    return app::cli::runCommandLine(args, std::cout, std::cerr, stop.get_token(),
                                    RW_ISATTY(2) != 0);
}
