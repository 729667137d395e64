#pragma once

#include <iosfwd>
#include <stop_token>
#include <string>
#include <vector>

namespace app::cli {

/// Exit codes of the command-line runner.
enum ExitCode : int {
    kExitOk = 0,           ///< done (training completed or stopped early by its own rule)
    kExitFailed = 1,       ///< training failed, or a file could not be written or read
    kExitUsage = 2,        ///< unknown command or option, missing or malformed value
    kExitDataError = 3,    ///< the dataset folder is unusable
    kExitConfigError = 4,  ///< the configuration is invalid
    kExitStopped = 5,      ///< interrupted (Ctrl+C); the best weights so far were saved
};

/// Runs `ratings-workbench-cli` with arguments (without the program name). Normal output
/// goes to `out` (tables, or JSON with --json), progress and errors to `err`. Arguments are
/// parsed by CLI11 from one definition per command, which also writes --help; every unknown
/// option, missing value and bad number is a usage error naming the option (exit 2).
/// `stop` interrupts training (the CLI's Ctrl+C handler requests it).
int runCommandLine(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
                   std::stop_token stop = {}, bool progressIsTerminal = false);

}  // namespace app::cli
