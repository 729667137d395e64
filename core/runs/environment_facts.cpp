#include "runs/environment_facts.h"

#include <cstdlib>
#include <fstream>
#include <thread>

#include "model/torch_runtime.h"
#include "rw_version.h"
#include "util/time_text.h"

#if defined(__unix__) || defined(__APPLE__)
#include <sys/utsname.h>
#include <unistd.h>
#elif defined(_WIN32)
#include <process.h>
#endif

namespace core::runs {

std::string loadedBlas() {
    std::ifstream maps("/proc/self/maps");
    std::string line;
    while (std::getline(maps, line)) {
        const auto slash = line.find('/');
        if (slash == std::string::npos)
            continue;
        const std::string path = line.substr(slash);
        const bool openblas = path.find("openblas") != std::string::npos;
        const bool blas = path.find("/libblas.so") != std::string::npos;
        const bool mkl = path.find("libmkl") != std::string::npos;
        if (!openblas && !blas && !mkl)
            continue;
        std::string variant;
        if (path.find("openblas-openmp") != std::string::npos)
            variant = "OpenBLAS, OpenMP threads";
        else if (path.find("openblas-pthread") != std::string::npos)
            variant = "OpenBLAS, pthreads";
        else if (path.find("openblas-serial") != std::string::npos)
            variant = "OpenBLAS, serial";
        else if (path.find("/blas/") != std::string::npos)
            variant = "reference BLAS (slow)";
        else if (mkl)
            variant = "MKL";
        else if (openblas)
            variant = "OpenBLAS";
        return path + (variant.empty() ? "" : " (" + variant + ")");
    }
    return "unknown";
}

std::int64_t currentProcessId() {
#ifdef _WIN32
    return _getpid();
#else
    return ::getpid();
#endif
}

std::string hostName() {
#if defined(__unix__) || defined(__APPLE__)
    utsname u{};
    if (uname(&u) == 0)
        return u.nodename;
#elif defined(_WIN32)
    if (const char* name = std::getenv("COMPUTERNAME"))
        return name;
#endif
    return {};
}

std::string utcTimestamp() {
    return util::formatNow("%Y-%m-%dT%H:%M:%SZ", true);
}

Facts environmentFacts() {
    Facts facts;
    facts.emplace_back("project_version", kProjectVersion);
    facts.emplace_back("build_type", kBuildType);
    facts.emplace_back("compiler", kCompiler);
    facts.emplace_back("libtorch", model::libtorchVersion());
    facts.emplace_back("cuda_available", model::cudaAvailable() ? "yes" : "no");
    facts.emplace_back("blas", loadedBlas());
    facts.emplace_back("hardware_threads", std::to_string(std::thread::hardware_concurrency()));
    std::ifstream cpuinfo("/proc/cpuinfo");
    std::string line;
    while (std::getline(cpuinfo, line))
        if (line.rfind("model name", 0) == 0) {
            facts.emplace_back("cpu", line.substr(line.find(':') + 2));
            break;
        }
#if defined(__unix__) || defined(__APPLE__)
    utsname u{};
    if (uname(&u) == 0)
        facts.emplace_back("os", std::string(u.sysname) + " " + u.release + " " + u.machine);
#elif defined(_WIN32)
    facts.emplace_back("os", "Windows");
#endif
    const char* wait = std::getenv("OMP_WAIT_POLICY");
    facts.emplace_back("omp_wait_policy", wait ? wait : "(default)");
    facts.emplace_back("recorded_at", utcTimestamp());
    return facts;
}

}  // namespace core::runs
